-- The corrections log: what each release of the curated data changed since the previous
-- one, record by record and citation by citation, field by field. Written by the seed
-- loader in the load's transaction, by comparing what was loaded with what it replaces.
-- Unlike the curated tables it is never emptied: it is the history of every release
-- loaded into this database (the first release loaded has no previous one, so no rows).
create table dataset_changes (
    id               bigint generated always as identity primary key,
    -- The release that made the change, and the one it replaced.
    version          text not null,
    previous_version text not null,
    entity           text not null check (entity in ('RECORD', 'CITATION')),
    record_slug      text not null,
    -- For a citation: which one, as '<source>#<paragraph> <claimant or (article)> [n]'.
    citation_key     text,
    change           text not null check (change in ('ADDED', 'CHANGED', 'REMOVED')),
    -- For CHANGED: the field, and its value before and after (null where there was none).
    field            text,
    old_value        text,
    new_value        text,
    check ((entity = 'CITATION') = (citation_key is not null)),
    check ((change = 'CHANGED') = (field is not null))
);
create index dataset_changes_version_idx on dataset_changes (version, id);
create index dataset_changes_record_idx on dataset_changes (record_slug, id);
