-- Synthetic data at scale, for benchmarks only: run by generate.sh, never against the
-- curated database. Fills the curated tables of schema rudprk (already created by Flyway)
-- with :scale shipments and :scale events, and in proportion:
--
--   deployments scale/100, statements scale/10, agreements scale/1000 (3-8 provisions each),
--   sources scale/50, actors scale/100 (at least 300; plus two probes, with the same records
--   at every scale), locations scale/1000 (at least 100),
--   1-5 citations per record (about 2.4), estimates on about half of the shipment and
--   deployment citations, 2-3 actors and 0-2 places per record, links on 5% of records.
--
-- Everything is set-based (generate_series, INSERT ... SELECT) and deterministic: every
-- "random" choice is a hash of a row key and :seed, so the same scale and seed give the
-- same database, whatever plan PostgreSQL picks. Secondary indexes and constraints are
-- dropped for the load and rebuilt after it (faster than maintaining them row by row);
-- rebuilding the foreign keys checks every reference. One transaction: a failure leaves the
-- database as it was.

\set ON_ERROR_STOP on
\timing on
set search_path = rudprk;
set synchronous_commit = off;
set work_mem = '256MB';
set maintenance_work_mem = '1GB';
set max_parallel_maintenance_workers = 2;
set jit = off;
set temp_buffers = '1GB';

begin;

-- ---------------------------------------------------------------------------------
-- Sizes and helpers
-- ---------------------------------------------------------------------------------

create temp table gen_size on commit drop as
select :scale::bigint as n_shipments,
       :scale::bigint as n_events,
       greatest(:scale / 100, 20)::bigint as n_deployments,
       greatest(:scale / 10, 50)::bigint as n_statements,
       greatest(:scale / 1000, 5)::bigint as n_agreements,
       greatest(:scale / 50, 50)::bigint as n_sources,
       greatest(:scale / 100, 300)::bigint as n_actors,
       greatest(:scale / 1000, 100)::bigint as n_locations,
       :seed::bigint * 1000 as salt;

-- Record ids are laid out by kind, so a record's kind is known from its id alone:
-- agreements, then shipments, deployments, events, statements.
create temp table gen_kind on commit drop as
with s as (select * from gen_size), k(kind, n, ord) as (
    select 'AGREEMENT', n_agreements, 1 from s union all
    select 'SHIPMENT', n_shipments, 2 from s union all
    select 'DEPLOYMENT', n_deployments, 3 from s union all
    select 'EVENT', n_events, 4 from s union all
    select 'STATEMENT', n_statements, 5 from s)
select kind, (coalesce(sum(n) over (order by ord rows between unbounded preceding and 1 preceding), 0) + 1)::bigint as first_id,
       (sum(n) over (order by ord))::bigint as last_id
from k;

select n_shipments, n_events, n_deployments, n_statements, n_agreements, n_sources, n_actors, n_locations
from gen_size;

-- A uniform number in [0, 1) from a key and a salt.
create function pg_temp.u(k bigint, salt bigint) returns float8
language sql immutable parallel safe
as $$ select (hashint8extended(k, salt) & 9007199254740991)::float8 / 9007199254740992.0 $$;

-- One of vals, chosen by u against ascending cumulative thresholds (one fewer than vals).
create function pg_temp.pick(k bigint, salt bigint, vals text[], thresholds float8[]) returns text
language sql immutable parallel safe
as $$ select vals[1 + width_bucket(pg_temp.u(k, salt), thresholds)] $$;

-- 1..n, log-uniformly: id 1 is the most frequent, id r about 1/r as frequent (a Zipf tail).
create function pg_temp.zipf(k bigint, salt bigint, n bigint) returns bigint
language sql immutable parallel safe
as $$ select least(n, floor(exp(pg_temp.u(k, salt) * ln(n + 1)))::bigint) $$;

-- A day from 2022 to 2025, more of them in 2024 (10%, 25%, 40%, 25% by year).
create function pg_temp.day(k bigint, salt bigint) returns date
language sql immutable parallel safe
as $$ select make_date(2022 + width_bucket(pg_temp.u(k, salt), array[0.10, 0.35, 0.75]), 1, 1)
             + floor(pg_temp.u(k, salt + 1) * 365)::int $$;

-- The earliest and latest day of a fuzzy date around day d, at precision p (as FuzzyDate.parse).
-- (d::timestamp, not d: date_trunc on a date would go through timestamptz, which is only
-- stable, and PostgreSQL inlines an immutable function only when its body is immutable.)
create function pg_temp.earliest(d date, p text) returns date
language sql immutable parallel safe
as $$ select case p
    when 'DAY' then d
    when 'WEEK' then date_trunc('week', d::timestamp)::date
    when 'MONTH' then date_trunc('month', d::timestamp)::date
    when 'SEASON' then (date_trunc('month', d::timestamp) - make_interval(months => (extract(month from d)::int % 3)))::date
    else make_date(extract(year from d)::int, 1, 1) end $$;

create function pg_temp.latest(d date, p text) returns date
language sql immutable parallel safe
as $$ select case p
    when 'DAY' then d
    when 'WEEK' then date_trunc('week', d::timestamp)::date + 6
    when 'MONTH' then (date_trunc('month', d::timestamp) + interval '1 month - 1 day')::date
    when 'SEASON' then (date_trunc('month', d::timestamp) - make_interval(months => (extract(month from d)::int % 3))
                        + interval '3 months - 1 day')::date
    else make_date(extract(year from d)::int, 12, 31) end $$;

-- A figure rounded to two significant digits, as sources give them.
create function pg_temp.round2(v float8) returns numeric
language sql immutable parallel safe
as $$ select round(v::numeric, 1 - floor(log(v))::int) $$;

create function pg_temp.slugify(t text) returns text
language sql immutable parallel safe
as $$ select trim(both '-' from regexp_replace(lower(t), '[^a-z0-9]+', '-', 'g')) $$;

-- ---------------------------------------------------------------------------------
-- Empty the curated tables; set their secondary indexes and constraints aside
-- ---------------------------------------------------------------------------------

\echo '== emptying the curated tables and dropping their indexes and constraints for the load'
create temp table gen_tables(name) on commit drop as
select unnest(array['sources', 'actors', 'actor_names', 'actor_roles', 'locations', 'location_names', 'records',
    'agreements', 'agreement_provisions', 'shipments', 'deployments', 'events', 'statements', 'record_actors',
    'record_locations', 'record_links', 'citations', 'estimates', 'dataset_release', 'claims', 'dataset_changes']);

truncate sources, actors, actor_names, actor_roles, locations, location_names, records, agreements,
    agreement_provisions, shipments, deployments, events, statements, record_actors, record_locations,
    record_links, citations, estimates, dataset_release, claims, dataset_changes restart identity;

create temp table gen_constraints on commit drop as
select c.conrelid::regclass::text as tbl, c.conname, c.contype, pg_get_constraintdef(c.oid) as def
from pg_constraint c join pg_class t on t.oid = c.conrelid
where t.relnamespace = 'rudprk'::regnamespace and t.relname in (select name from gen_tables)
  and c.contype in ('p', 'u', 'f');

create temp table gen_indexes on commit drop as
select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
from pg_index i join pg_class t on t.oid = i.indrelid
where t.relnamespace = 'rudprk'::regnamespace and t.relname in (select name from gen_tables)
  and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid and c.conrelid = i.indrelid);

do $$
declare
    c record;
begin
    for c in select * from gen_constraints order by contype = 'f' desc loop
        execute format('alter table %s drop constraint %I', c.tbl, c.conname);
    end loop;
    for c in select * from gen_indexes loop
        execute format('drop index %s', c.name);
    end loop;
end
$$;

select count(*) filter (where contype = 'f') as foreign_keys, count(*) filter (where contype <> 'f') as unique_keys,
       (select count(*) from gen_indexes) as indexes
from gen_constraints;

-- ---------------------------------------------------------------------------------
-- Sources
-- ---------------------------------------------------------------------------------

\echo '== sources'
insert into sources (id, slug, title, title_original, publisher, language, kind, published_earliest,
    published_latest, published_precision, corpus_file, paragraph_count, url, notes)
overriding system value
select id, pg_temp.slugify(publisher) || '-' || to_char(published, 'YYYY-MM-DD') || '-' || id,
       topic || ' (' || publisher || ', ' || to_char(published, 'DD Mon YYYY') || ')',
       case when language <> 'en' then topic || ' [' || language || ']' end,
       publisher, language, kind::source_kind, published, published, 'DAY',
       format('synthetic/%s.txt', lpad(id::text, 7, '0')), paragraphs,
       format('https://example.org/%s/%s', pg_temp.slugify(publisher), id),
       case when id % 7 = 0 then 'Publication date taken from the page header.' end
from (
    select id,
           (array['Reuters', 'Yonhap', 'NK News', 'CNN', 'BBC', 'Il Post', 'Kyiv Independent', 'Meduza', '38 North',
                  'RUSI', 'ISW', 'Financial Times', 'Nikkei Asia', 'Korea JoongAng Daily', 'TASS', 'KCNA Watch'])
               [1 + floor(pg_temp.u(id, salt + 1) * 16)::int] as publisher,
           pg_temp.pick(id, salt + 2, array['en', 'it', 'ko', 'ru', 'uk', 'ja'], array[0.55, 0.7, 0.8, 0.9, 0.95])
               as language,
           pg_temp.pick(id, salt + 3, array['NEWS_ARTICLE', 'ANALYSIS', 'REPORT', 'OFFICIAL_STATEMENT'],
               array[0.7, 0.85, 0.95]) as kind,
           pg_temp.day(id, salt + 4) as published,
           15 + floor(pg_temp.u(id, salt + 6) * 66)::int as paragraphs,
           (array['North Korean munitions reach the front', 'Pyongyang and Moscow deepen military ties',
                  'Satellite images show rail traffic at Tumangang', 'Troops from North Korea in Kursk',
                  'What Kim wants in return', 'Sanctions monitors lose their mandate',
                  'Oil shipments above the UN cap', 'A treaty of mutual assistance'])
               [1 + floor(pg_temp.u(id, salt + 7) * 8)::int] as topic
    from gen_size, generate_series(1, n_sources) id
    offset 0) s;

-- ---------------------------------------------------------------------------------
-- Actors: a few dozen named ones at the head of the distribution, then a long tail
-- ---------------------------------------------------------------------------------

\echo '== actors'
create temp table gen_named(id, slug, kind, name, iso, country) on commit drop as values
    (1, 'north-korea', 'STATE', 'North Korea', 'PRK', null::int),
    (2, 'russia', 'STATE', 'Russia', 'RUS', null), (3, 'china', 'STATE', 'China', 'CHN', null),
    (4, 'iran', 'STATE', 'Iran', 'IRN', null), (5, 'belarus', 'STATE', 'Belarus', 'BLR', null),
    (6, 'ukraine', 'STATE', 'Ukraine', 'UKR', null), (7, 'united-states', 'STATE', 'United States', 'USA', null),
    (8, 'south-korea', 'STATE', 'South Korea', 'KOR', null), (9, 'japan', 'STATE', 'Japan', 'JPN', null),
    (10, 'united-kingdom', 'STATE', 'United Kingdom', 'GBR', null), (11, 'syria', 'STATE', 'Syria', 'SYR', null),
    (12, 'myanmar', 'STATE', 'Myanmar', 'MMR', null),
    (13, 'kim-jong-un', 'PERSON', 'Kim Jong-un', null, 1), (14, 'vladimir-putin', 'PERSON', 'Vladimir Putin', null, 2),
    (15, 'sergei-shoigu', 'PERSON', 'Sergei Shoigu', null, 2),
    (16, 'andrei-belousov', 'PERSON', 'Andrei Belousov', null, 2),
    (17, 'choe-son-hui', 'PERSON', 'Choe Son-hui', null, 1), (18, 'sergei-lavrov', 'PERSON', 'Sergei Lavrov', null, 2),
    (19, 'kim-yo-jong', 'PERSON', 'Kim Yo-jong', null, 1),
    (20, 'uk-defence-intelligence', 'INTELLIGENCE_SERVICE', 'UK Defence Intelligence', null, 10),
    (21, 'national-intelligence-service', 'INTELLIGENCE_SERVICE', 'National Intelligence Service', null, 8),
    (22, 'ukraine-military-intelligence', 'INTELLIGENCE_SERVICE', 'Ukrainian Military Intelligence (HUR)', null, 6),
    (23, 'united-nations', 'INTERNATIONAL_ORGANISATION', 'United Nations', null, null),
    (24, 'un-security-council', 'INTERNATIONAL_ORGANISATION', 'UN Security Council', null, null),
    (25, 'korean-peoples-army', 'MILITARY_UNIT', 'Korean People''s Army', null, 1),
    (26, 'russian-ministry-of-defence', 'GOVERNMENT_BODY', 'Russian Ministry of Defence', null, 2),
    (27, 'rusi', 'THINK_TANK', 'Royal United Services Institute', null, 10),
    (28, 'kcna', 'MEDIA_OUTLET', 'Korean Central News Agency', null, 1),
    (29, 'thirty-eight-north', 'THINK_TANK', '38 North', null, 7),
    (30, 'nato', 'INTERNATIONAL_ORGANISATION', 'NATO', null, null),
    (31, 'south-korean-joint-chiefs-of-staff', 'MILITARY_UNIT', 'South Korean Joint Chiefs of Staff', null, 8),
    (32, 'open-source-analysts', 'GROUP', 'Open-source analysts', null, null);

-- Synthetic states come right after the named actors (ISO-style codes XAA, XAB, ...:
-- X-codes are reserved for user assignment, so none clashes with a real country).
create temp table gen_actor_layout on commit drop as
select 33::bigint as first_state, 32 + least(600, greatest(20, n_actors / 50))::bigint as last_state
from gen_size;

insert into actors (id, slug, kind, name, iso_code, country_id, description, iso_code_source_id)
overriding system value
-- A code, like every fact, cites a source (check actors_iso_code_sourced, migration V30).
select id, slug, kind::actor_kind, name, iso, country, description,
       case when iso is not null then 1 + (id % (select n_sources from gen_size)) end
from (
    select id, slug, kind, name, iso, country, name || ': a named actor of the synthetic benchmark data.' as description
    from gen_named
    union all
    select id, pg_temp.slugify(name) || case when kind = 'PERSON' then '-' || id else '' end, kind, name,
           case when kind = 'STATE' then 'X' || chr(65 + ((id - first_state) / 26)::int % 26) || chr(65 + ((id - first_state) % 26)::int) end,
           case when kind = 'STATE' then null
                when pg_temp.u(id, salt + 14) < 0.7 then 1 + floor(pg_temp.u(id, salt + 15) * 12)::bigint
                else first_state + floor(pg_temp.u(id, salt + 15) * (last_state - first_state + 1))::bigint end,
           case when id % 3 = 0 then name || ' appears in synthetic citations about ' ||
               (array['arms transfers', 'troop deployments', 'sanctions evasion', 'diplomatic visits'])[1 + (id % 4)::int] || '.' end
    from (
        select id, first_state, last_state, salt, kind,
               case kind
                   when 'STATE' then (array['Republic of', 'Federation of', 'Kingdom of', 'State of'])[1 + (id % 4)::int] || ' '
                        || (array['Aster', 'Boreal', 'Cordia', 'Dalmar', 'Estova', 'Farlan', 'Galen', 'Hesper', 'Istra', 'Juno'])[1 + floor(pg_temp.u(id, salt + 11) * 10)::int]
                        || ' ' || id
                   when 'PERSON' then (array['Kim', 'Pak', 'Ri', 'Choe', 'Jang', 'Ivanov', 'Petrov', 'Sokolov', 'Volkov', 'Kuznetsov',
                                             'Smirnov', 'Popov', 'Lee', 'Yun', 'Han', 'Kovalenko', 'Shevchenko', 'Tanaka', 'Wang', 'Zhang'])
                                            [1 + floor(pg_temp.u(id, salt + 11) * 20)::int] || ' '
                        || (array['Song-il', 'Chol', 'Myong-guk', 'Yong-ho', 'Sergei', 'Dmitry', 'Anna', 'Oleg', 'Natalia', 'Ji-hoon',
                                  'Min-jun', 'Olena', 'Andrii', 'Hiroshi', 'Wei', 'Yuri', 'Igor', 'Su-min', 'Tae-yang', 'Viktor'])
                                 [1 + floor(pg_temp.u(id, salt + 12) * 20)::int]
                   else (array['Ministry of', 'Bureau of', 'Directorate of', 'Committee for', 'Institute for', 'Office of'])
                            [1 + floor(pg_temp.u(id, salt + 11) * 6)::int] || ' '
                        || (array['Defence Industry', 'External Economic Relations', 'Railways', 'Munitions Industry', 'Foreign Trade',
                                  'Strategic Studies', 'Maritime Transport', 'Energy', 'Military Cooperation', 'Space Technology'])
                                 [1 + floor(pg_temp.u(id, salt + 12) * 10)::int]
                        || ' ' || id
               end as name
        from (
            select id, first_state, last_state, salt,
                   case when id <= last_state then 'STATE'
                        else pg_temp.pick(id, salt + 10, array['PERSON', 'GOVERNMENT_BODY', 'MILITARY_UNIT', 'GROUP',
                                 'INTELLIGENCE_SERVICE', 'MEDIA_OUTLET', 'THINK_TANK', 'INTERNATIONAL_ORGANISATION', 'UNIVERSITY'],
                                 array[0.45, 0.62, 0.72, 0.84, 0.87, 0.92, 0.96, 0.98]) end as kind
            from gen_size, gen_actor_layout, generate_series(33, n_actors) id
            offset 0) k
        offset 0) n
    union all
    -- The probes (gen_probe, below): ids past the tail, which no Zipf draw reaches.
    select id, 'benchmark-probe-' || (id - n_actors), 'GOVERNMENT_BODY', 'Benchmark Probe ' || (id - n_actors), null, null,
           'Benchmark Probe ' || (id - n_actors) || ': an actor of the synthetic benchmark data with the same records at every scale.'
    from gen_size, generate_series(n_actors + 1, n_actors + 2) id
) a;

insert into actor_names (actor_id, name, language, kind, source_id)
select id, name, 'en', 'CANONICAL', null::bigint from actors
union all
-- A second spelling for half of the actors: a transliteration variant of a person's name,
-- an abbreviation of a body's name; like every name but the canonical one, it cites a source
-- (check actor_names_sourced, migration V30).
select id, v, lang, nk::name_kind, 1 + (id % (select n_sources from gen_size))
from (
    select id,
           case when kind = 'PERSON' then replace(replace(replace(name, '-', ' '), 'Kim', 'Gim'), 'Sergei', 'Sergey')
                else regexp_replace(name, '([A-Za-z])[a-z'']*\s*', '\1', 'g') end as v,
           case when kind = 'PERSON' then 'en' else 'en' end as lang,
           case when kind = 'PERSON' then 'TRANSLITERATION' else 'ABBREVIATION' end as nk, name
    from actors, gen_size
    where pg_temp.u(id, salt + 16) < 0.5
    offset 0) v
where v <> name and v <> '';

insert into actor_roles (actor_id, title, organisation_id, start_earliest, start_latest, start_precision, source_id,
    paragraph)
select a.id, (array['Minister of Defence', 'Foreign Minister', 'Ambassador', 'Deputy Chairman', 'Director',
                    'Chief of the General Staff', 'Spokesperson', 'Special Envoy'])[1 + floor(pg_temp.u(a.id, salt + 17) * 8)::int],
       a.country_id, make_date(2015 + floor(pg_temp.u(a.id, salt + 18) * 10)::int, 1, 1),
       make_date(2015 + floor(pg_temp.u(a.id, salt + 18) * 10)::int, 12, 31), 'YEAR',
       1 + floor(pg_temp.u(a.id, salt + 19) * n_sources)::bigint, 1
from actors a, gen_size
where a.kind = 'PERSON' and pg_temp.u(a.id, salt + 20) < 0.6;

-- ---------------------------------------------------------------------------------
-- Locations
-- ---------------------------------------------------------------------------------

\echo '== locations'
insert into locations (id, slug, name, kind, country_id, parent_id, latitude, longitude, description,
    coordinates_source_id)
overriding system value
select id, pg_temp.slugify(name) || '-' || id, name, kind::location_kind, country,
       case when id > 20 and kind in ('CITY', 'AIRPORT', 'SITE') then 1 + (id % 20) end,
       round((35 + pg_temp.u(id, salt + 23) * 25)::numeric, 4)::float8,
       round((30 + pg_temp.u(id, salt + 24) * 100)::numeric, 4)::float8,
       case when id % 4 = 0 then 'A place named in synthetic citations.' end,
       1 + (id % (select n_sources from gen_size))
from (
    select id, salt,
           (array['Rason', 'Vladivostok', 'Tumangang', 'Khasan', 'Kursk', 'Pyongyang', 'Moscow', 'Nampo', 'Alabuga',
                  'Vostochny', 'Chongjin', 'Kharkiv', 'Belgorod', 'Bryansk', 'Wonsan', 'Sinuiju', 'Novosibirsk',
                  'Khabarovsk', 'Yelabuga', 'Dunai'])[1 + (id % 20)::int] || case when id > 20 then ' ' || id else '' end as name,
           case when id <= 20 then 'REGION'
                else pg_temp.pick(id, salt + 21, array['CITY', 'SITE', 'AIRPORT', 'SPECIAL_ECONOMIC_ZONE', 'CAPITAL'],
                         array[0.6, 0.85, 0.93, 0.98]) end as kind,
           case when pg_temp.u(id, salt + 22) < 0.5 then 1 else 2 end as country
    from gen_size, generate_series(1, n_locations) id
    offset 0) l;

insert into location_names (location_id, name, language)
select id, name, 'en' from locations
union all
select id, name || ' (' || lang || ')', lang
from (select id, name, (array['ko', 'ru', 'it'])[1 + (id % 3)::int] as lang from locations, gen_size
      where pg_temp.u(id, salt + 25) < 0.4 offset 0) v;

-- ---------------------------------------------------------------------------------
-- Estimates and citations (before the records, which take their value from the estimates)
-- ---------------------------------------------------------------------------------

-- Each record gets 1-5 citations; citation j of record r has id (r - 1) * 5 + j, so the
-- estimates can name their citation without reading it back. Estimate ordinals are
-- (j - 1) * 2 + slot: in citation order, unique per record (the API never shows them).
create temp table gen_records on commit drop as
select id, kind, 1 + width_bucket(pg_temp.u(id, salt + 30), array[0.25, 0.55, 0.8, 0.92])::int as citations,
       case kind
           when 'SHIPMENT' then pg_temp.pick(id, salt + 90, array['ARTILLERY_SHELLS', 'MUNITIONS', 'MISSILES', 'WEAPONS',
               'REFINED_PETROLEUM', 'FOOD', 'ESSENTIAL_GOODS', 'RAW_MATERIALS', 'TECHNICAL_ASSISTANCE',
               'MILITARY_TECHNOLOGY', 'POLITICAL_SUPPORT', 'CASH'],
               array[0.25, 0.45, 0.58, 0.66, 0.74, 0.80, 0.84, 0.87, 0.92, 0.97, 0.99])
           when 'DEPLOYMENT' then pg_temp.pick(id, salt + 91, array['TROOPS', 'WORKERS'], array[0.6])
           when 'EVENT' then pg_temp.pick(id, salt + 92, array['VISIT', 'SUMMIT', 'MEETING', 'LETTER', 'UN_VOTE',
               'SATELLITE_LAUNCH', 'MISSILE_STRIKE', 'PUBLICATION', 'PRESS_CONFERENCE', 'CEREMONY', 'EXHIBITION',
               'MILITARY_OPERATION', 'CONSTRUCTION', 'DIPLOMATIC_CONTACTS', 'HOLIDAY'],
               array[0.12, 0.17, 0.35, 0.42, 0.45, 0.48, 0.60, 0.68, 0.74, 0.78, 0.81, 0.88, 0.91, 0.98])
           when 'STATEMENT' then pg_temp.pick(id, salt + 93, array['REMARK', 'PRESS_CONFERENCE', 'LETTER', 'ARTICLE',
               'INTERVIEW', 'TESTIMONY', 'OFFICIAL_STATEMENT', 'REPORT', 'ANALYSIS'],
               array[0.3, 0.45, 0.5, 0.6, 0.7, 0.75, 0.9, 0.95])
       end as sub
from gen_size, gen_kind, generate_series(first_id, last_id) id;
alter table gen_records add primary key (id);
\echo '   record layout'
select kind, first_id, last_id from gen_kind order by first_id;

-- The supplier/recipient (sender/host, ...) pair of every record: 45% of shipments go from
-- North Korea to Russia, 15% the other way, the rest between actors drawn from a Zipf tail.
create temp table gen_pairs on commit drop as
select id, kind, a1, case when a2 = a1 then a1 % n_actors + 1 else a2 end as a2, a3
from (
    select r.id, r.kind, s.n_actors,
           case when r.kind in ('SHIPMENT', 'DEPLOYMENT') and pg_temp.u(r.id, salt + 40) < 0.45 then 1
                when r.kind in ('SHIPMENT', 'DEPLOYMENT') and pg_temp.u(r.id, salt + 40) < 0.60 then 2
                when r.kind = 'EVENT' and pg_temp.u(r.id, salt + 40) < 0.30 then 14
                else pg_temp.zipf(r.id, salt + 41, s.n_actors) end as a1,
           case when r.kind in ('SHIPMENT', 'DEPLOYMENT') and pg_temp.u(r.id, salt + 40) < 0.45 then 2
                when r.kind in ('SHIPMENT', 'DEPLOYMENT') and pg_temp.u(r.id, salt + 40) < 0.60 then 1
                when r.kind = 'EVENT' and pg_temp.u(r.id, salt + 40) < 0.30 then 13
                else pg_temp.zipf(r.id, salt + 42, s.n_actors) end as a2,
           case when r.kind in ('EVENT', 'AGREEMENT') and pg_temp.u(r.id, salt + 43) < 0.5
                then pg_temp.zipf(r.id, salt + 44, s.n_actors) end as a3
    from gen_records r, gen_size s
    offset 0) p;
alter table gen_pairs add primary key (id);

-- Two probe actors with the same involvements at every scale: 60 shipments (40 as supplier,
-- 20 as recipient), 2 deployments as sender, 100 events and 40 statements as the first party.
-- The Zipf tail gives no actor the same counts at two scales (at 10k the actor nearest 60
-- shipments had 42, at 1M 60), so a benchmark query about "an actor with about 60 shipments"
-- read different amounts at 10k and 1M; run.sh asks about the probes. Each probe takes evenly
-- spaced records of each kind (interleaved, so the two never share one; the smallest scale,
-- 1,000, has 100 statements for the 80 taken).
create temp table gen_probe on commit drop as
select g.first_id + floor((j * 2 + p) * (g.last_id - g.first_id + 1)::numeric / (c.n * 2))::bigint as id,
       s.n_actors + 1 + p as actor, c.kind, j < c.as_first as first_party
from gen_size s, gen_kind g
join (values ('SHIPMENT', 60, 40), ('DEPLOYMENT', 2, 2), ('EVENT', 100, 100), ('STATEMENT', 40, 40)) c(kind, n, as_first)
    on c.kind = g.kind
cross join generate_series(0, 1) p
cross join lateral generate_series(0, c.n - 1) j;
update gen_pairs g set a1 = case when pr.first_party then pr.actor else g.a1 end,
                       a2 = case when pr.first_party then g.a2 else pr.actor end
from gen_probe pr where pr.id = g.id;

\echo '== estimates'
insert into estimates (citation_id, record_id, ordinal, metric, low, high, unit, qualifier, label)
select cid, id, (j - 1) * 2 + slot, metric::estimate_metric,
       case when qualifier in ('UP_TO', 'LESS_THAN') then null
            when qualifier = 'BETWEEN' then pg_temp.round2(v * 0.6)
            else pg_temp.round2(v) end,
       case when qualifier in ('AT_LEAST', 'MORE_THAN') then null else pg_temp.round2(v) end,
       unit, qualifier::estimate_qualifier,
       case when cid % 10 = 0 then 'as counted by the claimant' end
from (
    select id, j, cid, slot, salt,
           case when slot = 1 then case kind when 'DEPLOYMENT' then 'STRENGTH' when 'EVENT' then 'COUNT'
                                             when 'STATEMENT' then 'RATE' else 'VALUE_USD' end
                else case kind when 'DEPLOYMENT' then 'CASUALTIES' else 'QUANTITY' end end as metric,
           pg_temp.pick(cid, salt + 50 + slot,
               array['EXACT', 'ABOUT', 'AT_LEAST', 'MORE_THAN', 'UP_TO', 'LESS_THAN', 'BETWEEN'],
               array[0.05, 0.30, 0.40, 0.55, 0.80, 0.85]) as qualifier,
           -- The record's own order of magnitude, and each claim within a factor of two of it.
           (0.6 + 0.8 * pg_temp.u(cid, salt + 52 + slot)) * case
               when slot = 1 then case kind when 'DEPLOYMENT' then 1000 * power(15, pg_temp.u(id, salt + 53))
                                            when 'EVENT' then 2 + 20 * pg_temp.u(id, salt + 53)
                                            when 'STATEMENT' then 1 + 40 * pg_temp.u(id, salt + 53)
                                            else power(10, 6 + 3.7 * pg_temp.u(id, salt + 53)) end
               else case kind when 'DEPLOYMENT' then 100 * power(50, pg_temp.u(id, salt + 54))
                              else power(10, 2 + 4 * pg_temp.u(id, salt + 54)) end end as v,
           case when slot = 1 then case kind when 'DEPLOYMENT' then 'troops' when 'EVENT' then 'missiles launched'
                                             when 'STATEMENT' then 'percent' else 'USD' end
                when kind = 'DEPLOYMENT' then 'killed and wounded'
                else (array['artillery shells', 'shipping containers', 'ballistic missiles', 'metric tons', 'barrels',
                            'rocket launchers'])[1 + floor(pg_temp.u(id, salt + 55) * 6)::int] end as unit
    from (
        select r.id, r.kind, j, (r.id - 1) * 5 + j as cid, m.slot, s.salt
        from gen_records r cross join gen_size s cross join generate_series(1, r.citations) j
        cross join (values (1), (2)) m(slot)
        -- Which claims give a number: half the shipment claims a value, a third a quantity;
        -- most deployment claims a strength, a quarter casualties; a few others a count.
        where pg_temp.u((r.id - 1) * 5 + j, s.salt + 56 + m.slot) < case
            when m.slot = 1 then case r.kind when 'SHIPMENT' then 0.45 when 'DEPLOYMENT' then 0.6
                                             when 'AGREEMENT' then 0.2 else 0.06 end
            else case r.kind when 'SHIPMENT' then 0.35 when 'DEPLOYMENT' then 0.25 else 0 end end
        offset 0) c
    offset 0) e;

\echo '== citations'
insert into citations (id, record_id, ordinal, source_id, paragraph, claimant_id, stance, claimed_earliest,
    claimed_latest, claimed_precision, summary, quote)
overriding system value
select cid, id, j, source_id, 1 + floor(pg_temp.u(cid, salt + 61) * paragraphs)::int,
       claimant_id, stance::stance,
       case when claimed is not null then pg_temp.earliest(claimed, claimed_precision) end,
       case when claimed is not null then pg_temp.latest(claimed, claimed_precision) end,
       case when claimed is not null then claimed_precision::date_precision end,
       initcap(replace(lower(stance), '_', ' ')) || ': ' ||
           (array['the transfer was observed by satellite imagery', 'officials described the deliveries',
                  'the figure comes from intelligence estimates', 'the meeting was reported by state media',
                  'the claim was denied by the foreign ministry', 'analysts link it to earlier deliveries',
                  'the report cites unnamed officials', 'the date is given in the article'])
               [1 + floor(pg_temp.u(cid, salt + 62) * 8)::int] || ' (paragraph ' || (cid % 60 + 1) || ').',
       case when pg_temp.u(cid, salt + 63) < 0.05 then 'We do not comment on our cooperation with partners.' end
from (
    select r.id, j, (r.id - 1) * 5 + j as cid, s.salt, s.n_sources,
           1 + floor(pg_temp.u((r.id - 1) * 5 + j, s.salt + 64) * s.n_sources)::bigint as source_id,
           15 + floor(pg_temp.u(1 + floor(pg_temp.u((r.id - 1) * 5 + j, s.salt + 64) * s.n_sources)::bigint, s.salt + 6) * 66)::int
               as paragraphs,
           case when pg_temp.u((r.id - 1) * 5 + j, s.salt + 65) < 0.45 then null
                when pg_temp.u((r.id - 1) * 5 + j, s.salt + 66) < 0.5
                    then (array[20, 21, 22, 7, 8, 6, 10, 29, 27, 28])[1 + floor(pg_temp.u((r.id - 1) * 5 + j, s.salt + 67) * 10)::int]
                else pg_temp.zipf((r.id - 1) * 5 + j, s.salt + 68, s.n_actors) end as claimant_id,
           pg_temp.pick((r.id - 1) * 5 + j, s.salt + 69,
               array['ASSERTS', 'REPORTS', 'ESTIMATES', 'CONFIRMS', 'DENIES', 'ACKNOWLEDGES', 'FORECASTS'],
               array[0.27, 0.62, 0.77, 0.87, 0.93, 0.97]) as stance,
           case when pg_temp.u((r.id - 1) * 5 + j, s.salt + 70) < 0.5
                then pg_temp.day(r.id, s.salt + 80) + floor(pg_temp.u((r.id - 1) * 5 + j, s.salt + 71) * 90)::int end as claimed,
           case when pg_temp.u((r.id - 1) * 5 + j, s.salt + 72) < 0.7 then 'DAY' else 'MONTH' end as claimed_precision
    from gen_records r cross join gen_size s cross join generate_series(1, r.citations) j
    offset 0) c;

-- ---------------------------------------------------------------------------------
-- Records and their subtypes
-- ---------------------------------------------------------------------------------

\echo '== records'
-- Start: a day from 2022-2025 at a mixed precision (DAY 45%, WEEK 5%, MONTH 30%, SEASON 10%,
-- YEAR 10%); a span for 30% of shipments, most deployments and agreements, few events.
insert into records (id, slug, kind, title, summary, status, start_earliest, start_latest, start_precision,
    end_earliest, end_latest, end_precision, value_usd)
overriding system value
select x.id, x.slug, x.kind::record_kind, x.title, x.summary, x.status::record_status,
       pg_temp.earliest(x.d, x.p), pg_temp.latest(x.d, x.p), x.p::date_precision,
       case when x.e is not null then pg_temp.earliest(x.e, x.ep) end,
       case when x.e is not null then pg_temp.latest(x.e, x.ep) end,
       case when x.e is not null then x.ep::date_precision end,
       v.value_usd
from (
    select r.id, r.kind, d, p,
           case when pg_temp.u(r.id, s.salt + 83) < case r.kind when 'SHIPMENT' then 0.3 when 'DEPLOYMENT' then 0.8
                                                         when 'AGREEMENT' then 0.5 when 'EVENT' then 0.05 else 0 end
                then greatest(d, pg_temp.latest(d, p)) + 30 + floor(pg_temp.u(r.id, s.salt + 84) * 500)::int end as e,
           case when pg_temp.u(r.id, s.salt + 85) < 0.6 then 'MONTH' else 'DAY' end as ep,
           lower(r.kind) || '-' || pg_temp.slugify(a1.name) || '-' || to_char(d, 'YYYY-MM') || '-' || r.id as slug,
           case r.kind
               when 'SHIPMENT' then initcap(replace(lower(cat), '_', ' ')) || ' from ' || a1.name || ' to ' || a2.name
               when 'DEPLOYMENT' then a1.name || ' ' || lower(dk) || ' sent to ' || a2.name
               when 'EVENT' then initcap(replace(lower(ek), '_', ' ')) || ': ' || a1.name || ' and ' || a2.name
               when 'STATEMENT' then a1.name || ' on ' || a2.name
               else 'Agreement between ' || a1.name || ' and ' || a2.name end as title,
           case r.kind
               when 'SHIPMENT' then a1.name || ' is reported to have supplied ' || replace(lower(cat), '_', ' ') || ' to '
                    || a2.name || ' around ' || to_char(d, 'FMMonth YYYY') || '. Sources differ on the quantities and the route.'
               when 'DEPLOYMENT' then a1.name || ' sent ' || lower(dk) || ' to ' || a2.name || ' from ' || to_char(d, 'FMMonth YYYY')
                    || '. Strength and casualty figures come from intelligence estimates.'
               when 'EVENT' then a1.name || ' and ' || a2.name || ': ' || replace(lower(ek), '_', ' ') || ' on '
                    || to_char(d, 'FMDD FMMonth YYYY') || ', as reported by several outlets.'
               when 'STATEMENT' then a1.name || ' spoke about ' || a2.name || ' in ' || to_char(d, 'FMMonth YYYY') || '.'
               else a1.name || ' and ' || a2.name || ' signed an agreement on cooperation in ' || to_char(d, 'YYYY') || '.' end
               as summary,
           pg_temp.pick(r.id, s.salt + 86, st.vals, st.cum) as status
    from (
        select r.*, r.sub as cat, r.sub as dk, r.sub as ek, pg_temp.day(r.id, s.salt + 80) as d,
               pg_temp.pick(r.id, s.salt + 87, array['DAY', 'WEEK', 'MONTH', 'SEASON', 'YEAR'],
                            array[0.45, 0.50, 0.80, 0.90]) as p,
               p.a1, p.a2
        from gen_records r join gen_pairs p using (id), gen_size s
        offset 0) r
    join actors a1 on a1.id = r.a1
    join actors a2 on a2.id = r.a2
    cross join gen_size s
    cross join lateral (select case r.kind
        when 'SHIPMENT' then array['REPORTED', 'CONFIRMED', 'DENIED', 'ACKNOWLEDGED', 'COMPLETED', 'FORECAST', 'FAILED']
        when 'EVENT' then array['REPORTED', 'CONFIRMED', 'COMPLETED', 'PLANNED']
        when 'DEPLOYMENT' then array['REPORTED', 'CONFIRMED', 'ACKNOWLEDGED', 'DENIED', 'FORECAST']
        when 'STATEMENT' then array['REPORTED', 'CONFIRMED']
        else array['SIGNED', 'IN_FORCE', 'PLANNED'] end as vals,
        case r.kind
        when 'SHIPMENT' then array[0.55, 0.70, 0.80, 0.85, 0.95, 0.98]
        when 'EVENT' then array[0.30, 0.80, 0.95]
        when 'DEPLOYMENT' then array[0.50, 0.75, 0.90, 0.95]
        when 'STATEMENT' then array[0.6]
        else array[0.4, 0.8] end::float8[] as cum) st
    offset 0) x
left join (select record_id, max(coalesce(high, low)) as value_usd from estimates where metric = 'VALUE_USD'
           group by record_id) v on v.record_id = x.id;

\echo '== subtypes'
insert into shipments (record_id, category)
select id, sub::shipment_category from gen_records where kind = 'SHIPMENT';

insert into deployments (record_id, deployment_kind, purpose)
select id, sub::deployment_kind,
       (array['combat support', 'construction work', 'air defence', 'training', null])[1 + (id % 5)::int]
from gen_records where kind = 'DEPLOYMENT';

insert into events (record_id, event_kind)
select id, sub::event_kind from gen_records where kind = 'EVENT';

insert into statements (record_id, statement_kind, context, quote, quote_original)
select id, sub::statement_kind,
       case when id % 2 = 0 then 'At a briefing for journalists.' end,
       case when id % 10 = 0 then 'Our cooperation threatens no one.' end,
       case when id % 10 = 0 then 'La nostra cooperazione non minaccia nessuno.' end
from gen_records where kind = 'STATEMENT';

insert into agreements (record_id, official_name)
select id, case when id % 2 = 0 then 'Agreement on Cooperation No. ' || id end
from gen_records where kind = 'AGREEMENT';

insert into agreement_provisions (agreement_id, ordinal, topic, text)
select r.id, o, (array['MUTUAL_DEFENCE', 'MILITARY_TECHNICAL', 'ECONOMIC', 'SPACE', 'POLITICAL', 'SECURITY', 'OTHER'])
           [1 + ((r.id + o) % 7)::int]::provision_topic,
       'The parties undertake to cooperate (provision ' || o || ').'
from gen_records r, gen_size s, generate_series(1, 3 + floor(pg_temp.u(r.id, s.salt + 94) * 6)::int) o
where r.kind = 'AGREEMENT';

-- ---------------------------------------------------------------------------------
-- Who and where
-- ---------------------------------------------------------------------------------

\echo '== record_actors'
-- Roles follow the kind: supplier and recipient, sender and host, speaker and subject,
-- parties and a signatory; an event's roles follow its kind (visitor and host, attacker
-- and target, author and addressee, ...).
insert into record_actors (record_id, actor_id, role, note)
select id, actor, role::actor_role, case when id % 50 = 0 and role in ('SUPPLIER', 'SENDER') then 'as the claimant puts it' end
from (
    select p.id, x.actor, x.role
    from gen_pairs p join gen_records r using (id)
    cross join lateral (values
        (p.a1, case p.kind when 'SHIPMENT' then 'SUPPLIER' when 'DEPLOYMENT' then 'SENDER' when 'STATEMENT' then 'SPEAKER'
                           when 'AGREEMENT' then 'PARTY'
                           else case r.sub when 'VISIT' then 'VISITOR' when 'LETTER' then 'AUTHOR' when 'UN_VOTE' then 'VOTED_FOR'
                                           when 'SATELLITE_LAUNCH' then 'LAUNCHER' when 'MISSILE_STRIKE' then 'ATTACKER'
                                           when 'MILITARY_OPERATION' then 'ATTACKER' when 'PUBLICATION' then 'AUTHOR'
                                           when 'PRESS_CONFERENCE' then 'SPEAKER' else 'PARTICIPANT' end end),
        (p.a2, case p.kind when 'SHIPMENT' then 'RECIPIENT' when 'DEPLOYMENT' then 'HOST' when 'STATEMENT' then 'SUBJECT'
                           when 'AGREEMENT' then 'PARTY'
                           else case r.sub when 'VISIT' then 'HOST' when 'LETTER' then 'ADDRESSEE' when 'UN_VOTE' then 'VETOED'
                                           when 'SATELLITE_LAUNCH' then 'SUBJECT' when 'MISSILE_STRIKE' then 'TARGET'
                                           when 'MILITARY_OPERATION' then 'TARGET' when 'PUBLICATION' then 'PUBLISHER'
                                           else 'PARTICIPANT' end end),
        (case when p.a3 not in (p.a1, p.a2) then p.a3 end,
         case p.kind when 'AGREEMENT' then 'SIGNATORY' else 'PARTICIPANT' end)
    ) x(actor, role)
    where x.actor is not null
    offset 0) ra;

\echo '== record_locations'
insert into record_locations (record_id, location_id, role)
select id, loc, role::location_role
from (
    select r.id, x.loc, x.role
    from gen_records r cross join gen_size s
    cross join lateral (select pg_temp.zipf(r.id, s.salt + 100, s.n_locations) as l1,
                               pg_temp.zipf(r.id, s.salt + 101, s.n_locations) as l2,
                               pg_temp.u(r.id, s.salt + 102) as k) l
    cross join lateral (values
        (case when l.k < 0.9 then l.l1 end,
         case r.kind when 'SHIPMENT' then 'ORIGIN' when 'DEPLOYMENT' then 'DEPLOYED_TO' else 'VENUE' end),
        (case when l.k < 0.3 and l.l2 <> l.l1 then l.l2 end,
         case r.kind when 'SHIPMENT' then 'DESTINATION' when 'DEPLOYMENT' then 'DEPLOYED_TO' else 'SUBJECT' end)
    ) x(loc, role)
    where x.loc is not null
    offset 0) rl;

\echo '== record_links'
insert into record_links (from_record_id, to_record_id, relation)
select r.id, greatest(1, r.id - 1 - floor(pg_temp.u(r.id, s.salt + 111) * 2000)::bigint),
       pg_temp.pick(r.id, s.salt + 112, array['FOLLOWS_FROM', 'PART_OF', 'BASED_ON', 'RESPONDS_TO', 'CONTRADICTS', 'RELATED'],
                    array[0.3, 0.45, 0.55, 0.7, 0.8])::record_relation
from gen_records r, gen_size s
where pg_temp.u(r.id, s.salt + 110) < 0.05 and r.id > 1;

\echo '== dataset_release'
insert into dataset_release (version, checksum, record_count, actor_count, source_count)
select 'ds-' || substr(md5(format('synthetic scale=%s seed=%s', :scale, :seed)), 1, 12),
       :scale::bigint * 1000 + :seed, (select count(*) from records), (select count(*) from actors),
       (select count(*) from sources);

-- ---------------------------------------------------------------------------------
-- Indexes and constraints back; identities past the explicit ids
-- ---------------------------------------------------------------------------------

\echo '== rebuilding indexes, unique keys and foreign keys (the foreign keys check every reference)'
do $$
declare
    c record;
begin
    for c in select * from gen_constraints where contype <> 'f' loop
        execute format('alter table %s add constraint %I %s', c.tbl, c.conname, c.def);
    end loop;
    for c in select * from gen_indexes loop
        execute c.def;
    end loop;
    for c in select * from gen_constraints where contype = 'f' loop
        execute format('alter table %s add constraint %I %s', c.tbl, c.conname, c.def);
    end loop;
    for c in select t.relname, a.attname
             from pg_attribute a join pg_class t on t.oid = a.attrelid
             where t.relnamespace = 'rudprk'::regnamespace and a.attidentity <> '' and t.relname in (select name from gen_tables) loop
        execute format('select setval(pg_get_serial_sequence(%L, %L), greatest(1, (select max(%I) from %I)))',
                       c.relname, c.attname, c.attname, c.relname);
    end loop;
end
$$;

-- The derived tables the seed loader rebuilds after every load (search documents; the
-- aggregate's summaries, V31), each where its migration is there.
do $$
begin
    if to_regproc('refresh_search_documents') is not null then
        perform refresh_search_documents();
        raise notice 'search documents refreshed';
    end if;
    if to_regproc('refresh_aggregate_cells') is not null then
        perform refresh_aggregate_cells();
        raise notice 'aggregate cells refreshed';
    end if;
end
$$;

-- What was generated, for run.sh and for anyone who finds this database.
create schema if not exists bench;
create table if not exists bench.generation (
    scale        bigint not null,
    seed         bigint not null,
    generated_at timestamptz not null default now()
);
truncate bench.generation;
insert into bench.generation (scale, seed) values (:scale, :seed);

commit;
