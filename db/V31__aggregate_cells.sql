-- Summaries for the aggregate, computed at load: for every actor and role, the records it
-- is involved in counted and their numbers summed per cell (kind, year, status, category,
-- and metric, nature and unit), so that an aggregate over one actor's records, grouped by
-- any of YEAR, KIND, STATUS and CATEGORY, adds up a few cells instead of joining records,
-- citations and estimates (AggregateApi, "Summaries").
--
-- The cells hold only what adds up. A record's numbers are the envelope of its citations'
-- numbers per unit (lowest low, highest high, unbounded when any high is open), which is
-- what the aggregate places on it when each of its claims supports it alone. Where one claim
-- is cited more than once among an actor's records in a role, the aggregate counts that claim
-- once per group, which cells cannot; aggregate_shared_claims names those actors and roles,
-- and the aggregate reads the curated tables for them instead.
--
-- Derived data: rebuilt by refresh_aggregate_cells() after every seed load, in the load's
-- transaction, so a reader's snapshot holds the cells of the records it sees.
create table aggregate_cells (
    actor_id  bigint not null,
    -- An actor_role, or '*': the records the actor is involved in in any role, each once.
    role      text not null,
    kind      record_kind not null,
    year      integer not null,
    status    record_status not null,
    category  shipment_category,
    -- Three kinds of cell: metric null (the records counted); metric and nature with unit null
    -- (the records with at least one number of that metric and nature); metric, nature and
    -- unit (the records with a number in that unit, and the sum of their envelopes).
    metric    estimate_metric,
    nature    estimate_nature,
    unit      text,
    records   integer not null check (records > 0),
    -- Of those records, how many have no upper bound in this unit (high is then null).
    unbounded integer not null default 0,
    low       numeric,
    high      numeric,
    check ((metric is null) = (nature is null)),
    check (unit is null or metric is not null)
);
create index aggregate_cells_scope_idx on aggregate_cells (actor_id, role);

create table aggregate_shared_claims (
    actor_id bigint not null,
    role     text not null,
    primary key (actor_id, role)
);

-- Rebuilds aggregate_cells and aggregate_shared_claims from the curated tables. Called by
-- the seed loader after every load, in the load's transaction (and by the benchmarks'
-- generator after it writes its data).
create function refresh_aggregate_cells() returns void
language plpgsql as $$
begin
    truncate aggregate_cells, aggregate_shared_claims;

    -- Who is involved in which record, in each role and in any role ('*', once per record).
    create temporary table agg_involved on commit drop as
        select ra.actor_id, ra.role::text as role, ra.record_id from record_actors ra
        union all
        select distinct ra.actor_id, '*', ra.record_id from record_actors ra;

    -- The records the aggregate sees (those with a citation) and their dimensions, as
    -- AggregateApi's Dimension computes them.
    create temporary table agg_records on commit drop as
        select r.id, r.kind, extract(year from r.start_earliest)::int as year, r.status, s.category
        from records r left join shipments s on s.record_id = r.id
        where exists (select 1 from citations c where c.record_id = r.id);

    -- Each record's envelope per metric, nature and unit, over all its citations.
    create temporary table agg_values on commit drop as
        select e.record_id, e.metric, e.nature, e.unit, min(coalesce(e.low, 0)) as lo,
               case when bool_or(e.high is null) then null else max(e.high) end as hi
        from estimates e group by e.record_id, e.metric, e.nature, e.unit;

    insert into aggregate_cells (actor_id, role, kind, year, status, category, records)
    select i.actor_id, i.role, r.kind, r.year, r.status, r.category, count(*)
    from agg_involved i join agg_records r on r.id = i.record_id
    group by i.actor_id, i.role, r.kind, r.year, r.status, r.category;

    insert into aggregate_cells (actor_id, role, kind, year, status, category, metric, nature, records)
    select i.actor_id, i.role, r.kind, r.year, r.status, r.category, v.metric, v.nature, count(*)
    from agg_involved i join agg_records r on r.id = i.record_id
    join (select distinct record_id, metric, nature from agg_values) v on v.record_id = r.id
    group by i.actor_id, i.role, r.kind, r.year, r.status, r.category, v.metric, v.nature;

    insert into aggregate_cells (actor_id, role, kind, year, status, category, metric, nature, unit,
                                 records, unbounded, low, high)
    select i.actor_id, i.role, r.kind, r.year, r.status, r.category, v.metric, v.nature, v.unit,
           count(*), count(*) filter (where v.hi is null), sum(v.lo),
           case when bool_or(v.hi is null) then null else sum(v.hi) end
    from agg_involved i join agg_records r on r.id = i.record_id
    join agg_values v on v.record_id = r.id
    group by i.actor_id, i.role, r.kind, r.year, r.status, r.category, v.metric, v.nature, v.unit;

    -- A claim cited more than once among an actor's records in a role (on two records, or
    -- twice on one): the cells would count it more than once.
    insert into aggregate_shared_claims (actor_id, role)
    select distinct actor_id, role from (
        select i.actor_id, i.role, c.claim_id from agg_involved i join citations c on c.record_id = i.record_id
        where c.claim_id is not null
        group by i.actor_id, i.role, c.claim_id having count(*) > 1) shared;

    drop table agg_involved, agg_records, agg_values;
    analyze aggregate_cells;
    analyze aggregate_shared_claims;
end
$$;

select refresh_aggregate_cells();
