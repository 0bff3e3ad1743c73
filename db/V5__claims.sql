-- Claims as first-class objects, how firmly each is put, and what kind of number it gives.
--
-- A claim is what one claimant says in one paragraph of one source, with the numbers it
-- gives. The same claim may support several records (the statement that makes it, the
-- deployment it measures, the report that publishes it): each of those records has its own
-- citation row, and all of them point to the one claim they share. aggregate counts and
-- sums claims, so a claim that supports three records is added once, not three times.

-- How firmly the text puts a claim.
--   STATED:          put as a fact ("Russia received more than 10,000 containers").
--   HEDGED:          put with doubt by whoever makes it ("it seems", "may have", "probably").
--   REPORTED_SPEECH: relayed from someone else without being vouched for, often in the
--                    Italian reporting conditional ("sarebbero stati inviati", "reportedly").
create type citation_firmness as enum ('STATED', 'HEDGED', 'REPORTED_SPEECH');

-- What an estimate is a number of.
--   ESTIMATE:   an estimate of what happened or is the case; the only kind aggregate sums
--               by default.
--   THRESHOLD:  a level mentioned as a condition ("more than 20,000 troops could destabilise").
--   HYPOTHESIS: a number of what might be the case, put as a supposition.
--   FORECAST:   a number of what is expected to happen.
create type estimate_nature as enum ('ESTIMATE', 'THRESHOLD', 'HYPOTHESIS', 'FORECAST');

create table claims (
    id                 bigint generated always as identity primary key,
    -- The curators' name for a claim shared by several records (seed field 'claim'), or
    -- '<record slug>/<ordinal>' for a claim that supports one record only.
    slug               text not null unique,
    source_id          bigint not null references sources (id) on delete restrict,
    paragraph          integer not null check (paragraph > 0),
    claimant_id        bigint references actors (id) on delete restrict,
    stance             stance not null,
    firmness           citation_firmness not null,
    claimed_earliest   date,
    claimed_latest     date,
    claimed_precision  date_precision
);
create index claims_source_idx on claims (source_id);
create index claims_claimant_idx on claims (claimant_id);

alter table citations add column claim_id bigint references claims (id) on delete restrict;
alter table citations add column firmness citation_firmness not null default 'STATED';
create index citations_claim_idx on citations (claim_id);

alter table estimates add column claim_id bigint references claims (id) on delete restrict;
alter table estimates add column nature estimate_nature not null default 'ESTIMATE';
create index estimates_claim_metric_idx on estimates (claim_id, metric);

-- The citations that date a record: each period names the citations whose text gives its
-- dates (seed field 'basis'), by their ordinal among the record's citations.
alter table records add column period_basis integer[] not null default '{}';
