-- Schema for curated, source-cited records of the Russia–North Korea partnership.
--
-- Every statement of fact is a claim from a source: records (agreements, shipments,
-- deployments, events, statements) carry citations, and every number hangs off the
-- citation that gives it. Curated rows are (re)loaded from seeds/ by the repeatable
-- Java migration R__curated_seeds; this file only defines structure.

-- ---------------------------------------------------------------------------------
-- Value types
-- ---------------------------------------------------------------------------------

-- How much of a date the source actually tells us. A fuzzy date is stored as the
-- earliest and latest day it may fall on plus this precision ("autumn 2024" is
-- 2024-09-01..2024-11-30, SEASON), never as a made-up day.
create type date_precision as enum ('DAY', 'WEEK', 'MONTH', 'SEASON', 'YEAR');

-- The qualifier a source put on a number: "up to $5.5 billion" is UP_TO with only a
-- high bound; "more than 6,000" is MORE_THAN with only a low bound.
create type estimate_qualifier as enum ('EXACT', 'ABOUT', 'AT_LEAST', 'MORE_THAN', 'UP_TO', 'LESS_THAN', 'BETWEEN');

-- What a claimant does with a claim inside a source.
create type stance as enum ('ASSERTS', 'REPORTS', 'ESTIMATES', 'FORECASTS', 'CONFIRMS', 'ACKNOWLEDGES', 'DENIES');

create type source_kind as enum ('NEWS_ARTICLE', 'ANALYSIS', 'REPORT', 'OFFICIAL_STATEMENT');

create type actor_kind as enum ('STATE', 'PERSON', 'GOVERNMENT_BODY', 'INTELLIGENCE_SERVICE', 'MILITARY_UNIT',
    'INTERNATIONAL_ORGANISATION', 'THINK_TANK', 'UNIVERSITY', 'MEDIA_OUTLET', 'GROUP');

create type name_kind as enum ('CANONICAL', 'ALIAS', 'TRANSLITERATION', 'NATIVE', 'ABBREVIATION');

create type location_kind as enum ('COUNTRY', 'CAPITAL', 'CITY', 'REGION', 'AIRPORT', 'SPECIAL_ECONOMIC_ZONE', 'SITE');

create type record_kind as enum ('AGREEMENT', 'SHIPMENT', 'DEPLOYMENT', 'EVENT', 'STATEMENT');

-- Where a record stands according to the sources as a whole.
create type record_status as enum ('REPORTED', 'CONFIRMED', 'ACKNOWLEDGED', 'DENIED', 'FORECAST', 'PLANNED',
    'SIGNED', 'IN_FORCE', 'COMPLETED', 'FAILED');

-- The part an actor plays in a record. Which roles fit which record kind is checked by
-- the seed loader (a shipment has one SUPPLIER and one RECIPIENT, and so on).
create type actor_role as enum ('SUPPLIER', 'RECIPIENT', 'SENDER', 'HOST', 'PARTY', 'SIGNATORY',
    'PARTICIPANT', 'VISITOR', 'SPEAKER', 'ADDRESSEE', 'AUTHOR', 'PUBLISHER', 'SUBJECT',
    'VOTED_FOR', 'VOTED_AGAINST', 'VETOED', 'ABSTAINED', 'ATTACKER', 'TARGET', 'LAUNCHER', 'BENEFICIARY');

-- What an estimate measures.
create type estimate_metric as enum ('VALUE_USD', 'QUANTITY', 'STRENGTH', 'CASUALTIES', 'COUNT', 'RATE');

create type location_role as enum ('VENUE', 'ORIGIN', 'DESTINATION', 'DEPLOYED_TO', 'TARGET', 'SUBJECT');

create type shipment_category as enum ('MUNITIONS', 'ARTILLERY_SHELLS', 'MISSILES', 'WEAPONS', 'FOOD',
    'ESSENTIAL_GOODS', 'REFINED_PETROLEUM', 'RAW_MATERIALS', 'TECHNICAL_ASSISTANCE', 'MILITARY_TECHNOLOGY',
    'POLITICAL_SUPPORT', 'CASH');

create type deployment_kind as enum ('TROOPS', 'WORKERS');

create type event_kind as enum ('VISIT', 'SUMMIT', 'MEETING', 'LETTER', 'UN_VOTE', 'SATELLITE_LAUNCH',
    'MISSILE_STRIKE', 'PUBLICATION', 'PRESS_CONFERENCE', 'CEREMONY', 'EXHIBITION', 'MILITARY_OPERATION',
    'CONSTRUCTION', 'DIPLOMATIC_CONTACTS', 'HOLIDAY');

create type statement_kind as enum ('REMARK', 'PRESS_CONFERENCE', 'LETTER', 'ARTICLE', 'INTERVIEW',
    'TESTIMONY', 'OFFICIAL_STATEMENT', 'REPORT', 'ANALYSIS');

create type provision_topic as enum ('MUTUAL_DEFENCE', 'MILITARY_TECHNICAL', 'ECONOMIC', 'SPACE',
    'POLITICAL', 'SECURITY', 'OTHER');

create type record_relation as enum ('FOLLOWS_FROM', 'PART_OF', 'BASED_ON', 'RESPONDS_TO', 'CONTRADICTS', 'RELATED');

-- ---------------------------------------------------------------------------------
-- Sources: the documents we read
-- ---------------------------------------------------------------------------------

create table sources (
    id                  bigint generated always as identity primary key,
    slug                text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title               text not null check (length(title) > 0),
    title_original      text,
    publisher           text,
    language            text not null check (language ~ '^[a-z]{2}$'),
    kind                source_kind not null,
    published_earliest  date not null,
    published_latest    date not null,
    published_precision date_precision not null,
    corpus_file         text not null unique,
    paragraph_count     integer not null check (paragraph_count > 0),
    url                 text,
    notes               text,
    check (published_earliest <= published_latest)
);

-- ---------------------------------------------------------------------------------
-- Actors: states, people, bodies, services, organisations
-- ---------------------------------------------------------------------------------

create table actors (
    id          bigint generated always as identity primary key,
    slug        text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    kind        actor_kind not null,
    name        text not null check (length(name) > 0),
    iso_code    text unique check (iso_code ~ '^[A-Z]{3}$'),
    country_id  bigint references actors (id) on delete restrict,
    description text,
    check (iso_code is null or kind = 'STATE')
);
create index actors_country_idx on actors (country_id);
create index actors_kind_idx on actors (kind);

create table actor_names (
    id        bigint generated always as identity primary key,
    actor_id  bigint not null references actors (id) on delete cascade,
    name      text not null check (length(name) > 0),
    language  text not null check (language ~ '^[a-z]{2,3}(-[A-Za-z]{2,4})?$'),
    kind      name_kind not null,
    unique (actor_id, name, language)
);
create index actor_names_actor_idx on actor_names (actor_id);
create index actor_names_lower_idx on actor_names (lower(name));

-- A person's positions over time (Shoigu: defence minister, later Security Council secretary).
create table actor_roles (
    id                 bigint generated always as identity primary key,
    actor_id           bigint not null references actors (id) on delete cascade,
    title              text not null check (length(title) > 0),
    organisation_id    bigint references actors (id) on delete restrict,
    start_earliest     date,
    start_latest       date,
    start_precision    date_precision,
    end_earliest       date,
    end_latest         date,
    end_precision      date_precision,
    source_id          bigint references sources (id) on delete restrict,
    paragraph          integer check (paragraph > 0),
    check ((start_earliest is null) = (start_latest is null) and (start_earliest is null) = (start_precision is null)),
    check ((end_earliest is null) = (end_latest is null) and (end_earliest is null) = (end_precision is null)),
    check (start_earliest <= start_latest and end_earliest <= end_latest),
    check (paragraph is null or source_id is not null)
);
create index actor_roles_actor_idx on actor_roles (actor_id);
create index actor_roles_organisation_idx on actor_roles (organisation_id);
create index actor_roles_source_idx on actor_roles (source_id);

-- ---------------------------------------------------------------------------------
-- Locations
-- ---------------------------------------------------------------------------------

create table locations (
    id          bigint generated always as identity primary key,
    slug        text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        text not null check (length(name) > 0),
    kind        location_kind not null,
    country_id  bigint references actors (id) on delete restrict,
    parent_id   bigint references locations (id) on delete restrict,
    latitude    double precision check (latitude between -90 and 90),
    longitude   double precision check (longitude between -180 and 180),
    description text,
    check ((latitude is null) = (longitude is null))
);
create index locations_country_idx on locations (country_id);
create index locations_parent_idx on locations (parent_id);

create table location_names (
    id          bigint generated always as identity primary key,
    location_id bigint not null references locations (id) on delete cascade,
    name        text not null check (length(name) > 0),
    language    text not null check (language ~ '^[a-z]{2,3}(-[A-Za-z]{2,4})?$'),
    unique (location_id, name, language)
);
create index location_names_location_idx on location_names (location_id);

-- ---------------------------------------------------------------------------------
-- Records: the common supertype of everything dated and cited
-- ---------------------------------------------------------------------------------

-- A record happens over a fuzzy period: a start date and, for spans, an end date, each
-- with its own precision. span is the widest interval the record may cover; filters use
-- it for "overlaps" (span && range) and "within" (span <@ range).
create table records (
    id              bigint generated always as identity primary key,
    slug            text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    kind            record_kind not null,
    title           text not null check (length(title) > 0),
    summary         text not null check (length(summary) > 0),
    status          record_status not null,
    start_earliest  date not null,
    start_latest    date not null,
    start_precision date_precision not null,
    end_earliest    date,
    end_latest      date,
    end_precision   date_precision,
    span            daterange generated always as
                        (daterange(start_earliest, coalesce(end_latest, start_latest), '[]')) stored,
    -- The largest US-dollar figure any citation gives (its high bound, or its low bound
    -- when it has none); null when none does. Kept by the loader, for ordering by value.
    value_usd       numeric check (value_usd >= 0),
    unique (id, kind),
    check (start_earliest <= start_latest),
    check ((end_earliest is null) = (end_latest is null) and (end_earliest is null) = (end_precision is null)),
    check (end_earliest is null or (end_earliest <= end_latest and start_earliest <= end_latest))
);
create index records_kind_start_idx on records (kind, start_earliest, slug);
create index records_start_idx on records (start_earliest, slug);
create index records_span_idx on records using gist (span);
create index records_status_idx on records (status);
create index records_value_idx on records ((coalesce(value_usd, -1)), slug);
create index records_title_idx on records (title, slug);

-- Subtype tables: one row per record of that kind; (id, kind) pins the kind.
create table agreements (
    record_id     bigint primary key,
    kind          record_kind not null default 'AGREEMENT' check (kind = 'AGREEMENT'),
    official_name text,
    foreign key (record_id, kind) references records (id, kind) on delete cascade
);

create table agreement_provisions (
    id           bigint generated always as identity primary key,
    agreement_id bigint not null references agreements (record_id) on delete cascade,
    ordinal      integer not null check (ordinal > 0),
    topic        provision_topic not null,
    text         text not null check (length(text) > 0),
    unique (agreement_id, ordinal)
);

create table shipments (
    record_id bigint primary key,
    kind      record_kind not null default 'SHIPMENT' check (kind = 'SHIPMENT'),
    category  shipment_category not null,
    foreign key (record_id, kind) references records (id, kind) on delete cascade
);
create index shipments_category_idx on shipments (category);

create table deployments (
    record_id bigint primary key,
    kind      record_kind not null default 'DEPLOYMENT' check (kind = 'DEPLOYMENT'),
    deployment_kind deployment_kind not null,
    purpose   text,
    foreign key (record_id, kind) references records (id, kind) on delete cascade
);

create table events (
    record_id  bigint primary key,
    kind       record_kind not null default 'EVENT' check (kind = 'EVENT'),
    event_kind event_kind not null,
    foreign key (record_id, kind) references records (id, kind) on delete cascade
);
create index events_event_kind_idx on events (event_kind);

-- What a named actor said. quote holds the speaker's words as rendered in English;
-- quote_original the words as printed in the (Italian) source, when the wording is the fact.
create table statements (
    record_id      bigint primary key,
    kind           record_kind not null default 'STATEMENT' check (kind = 'STATEMENT'),
    statement_kind statement_kind not null,
    context        text,
    quote          text,
    quote_original text,
    foreign key (record_id, kind) references records (id, kind) on delete cascade
);

-- Which actors a record involves, and how. One table for every kind keeps "what did
-- this actor do" a single indexed query.
create table record_actors (
    record_id bigint not null references records (id) on delete cascade,
    actor_id  bigint not null references actors (id) on delete restrict,
    role      actor_role not null,
    note      text,
    primary key (record_id, actor_id, role)
);
create index record_actors_actor_idx on record_actors (actor_id, role);

create table record_locations (
    record_id   bigint not null references records (id) on delete cascade,
    location_id bigint not null references locations (id) on delete restrict,
    role        location_role not null,
    primary key (record_id, location_id, role)
);
create index record_locations_location_idx on record_locations (location_id);

create table record_links (
    from_record_id bigint not null references records (id) on delete cascade,
    to_record_id   bigint not null references records (id) on delete cascade,
    relation       record_relation not null,
    primary key (from_record_id, to_record_id, relation),
    check (from_record_id <> to_record_id)
);
create index record_links_to_idx on record_links (to_record_id);

-- ---------------------------------------------------------------------------------
-- Citations and the numbers they give
-- ---------------------------------------------------------------------------------

-- A claim about a record, found in one paragraph of one source. claimant is the actor
-- who makes the claim inside the source (null: the source's own voice).
create table citations (
    id                 bigint generated always as identity primary key,
    record_id          bigint not null references records (id) on delete cascade,
    ordinal            integer not null check (ordinal > 0),
    source_id          bigint not null references sources (id) on delete restrict,
    paragraph          integer not null check (paragraph > 0),
    claimant_id        bigint references actors (id) on delete restrict,
    stance             stance not null,
    claimed_earliest   date,
    claimed_latest     date,
    claimed_precision  date_precision,
    summary            text not null check (length(summary) > 0),
    quote              text,
    unique (record_id, ordinal),
    unique (id, record_id),
    check ((claimed_earliest is null) = (claimed_latest is null) and (claimed_earliest is null) = (claimed_precision is null)),
    check (claimed_earliest <= claimed_latest)
);
create index citations_record_idx on citations (record_id);
create index citations_source_idx on citations (source_id);
create index citations_claimant_idx on citations (claimant_id);
create index citations_stance_idx on citations (stance);

-- An estimate: a number with its honest uncertainty, as one citation gives it.
create table estimates (
    id          bigint generated always as identity primary key,
    citation_id bigint not null,
    record_id   bigint not null references records (id) on delete cascade,
    ordinal     integer not null check (ordinal > 0),
    metric      estimate_metric not null,
    low         numeric check (low >= 0),
    high        numeric check (high >= 0),
    unit        text not null check (length(unit) > 0),
    qualifier   estimate_qualifier not null,
    label       text,
    unique (record_id, ordinal),
    foreign key (citation_id, record_id) references citations (id, record_id) on delete cascade,
    check (low is not null or high is not null),
    check (low is null or high is null or low <= high),
    check (qualifier not in ('EXACT', 'ABOUT') or (low is not null and high is not null)),
    check (qualifier not in ('AT_LEAST', 'MORE_THAN') or (low is not null and high is null)),
    check (qualifier not in ('UP_TO', 'LESS_THAN') or (low is null and high is not null)),
    check (qualifier <> 'BETWEEN' or (low is not null and high is not null and low < high))
);
create index estimates_citation_idx on estimates (citation_id);
create index estimates_record_metric_idx on estimates (record_id, metric);

-- ---------------------------------------------------------------------------------
-- Dataset release: what was loaded, so a story can cite the release it used
-- ---------------------------------------------------------------------------------

create table dataset_release (
    singleton    boolean primary key default true check (singleton),
    version      text not null,
    checksum     bigint not null,
    loaded_at    timestamptz not null default now(),
    record_count integer not null,
    actor_count  integer not null,
    source_count integer not null
);
