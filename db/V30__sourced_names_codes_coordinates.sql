-- Nothing unsourced: the names of actors and places, the ISO codes of states and the
-- coordinates of places each say where they come from. A name an article gives is cited to
-- that article and paragraph; a name, code or coordinate pair that none of the articles
-- gives is outside knowledge, cited to a REFERENCE source of its own (the seed loader
-- refuses one without, [SEED_UNSOURCED_FACT], or cited to an article,
-- [SEED_OUTSIDE_FACT_CITED_TO_ARTICLE]). The canonical English name (kind CANONICAL, and a
-- place's English name) is the dataset's own English rendering and has no source.
alter table actors add column iso_code_source_id bigint references sources (id) on delete restrict;
alter table locations add column coordinates_source_id bigint references sources (id) on delete restrict;
alter table actor_names add column source_id bigint references sources (id) on delete restrict,
    add column paragraph integer check (paragraph > 0);
alter table location_names add column source_id bigint references sources (id) on delete restrict,
    add column paragraph integer check (paragraph > 0);

-- The rows loaded by an earlier release have no sources; the seed loader, which runs after
-- this migration, replaces them all. Until then, nothing unsourced is kept.
update actors set iso_code = null;
update locations set latitude = null, longitude = null;
delete from actor_names where kind <> 'CANONICAL';
delete from location_names n using locations l where l.id = n.location_id and not (n.language = 'en' and n.name = l.name);

alter table actors add constraint actors_iso_code_sourced check (iso_code is null or iso_code_source_id is not null);
alter table locations add constraint locations_coordinates_sourced
    check (latitude is null or coordinates_source_id is not null);
alter table actor_names add constraint actor_names_sourced
    check ((kind = 'CANONICAL' or source_id is not null) and (paragraph is null or source_id is not null));
alter table location_names add constraint location_names_paragraph_sourced
    check (paragraph is null or source_id is not null);
create index actor_names_source_idx on actor_names (source_id);
create index location_names_source_idx on location_names (source_id);
