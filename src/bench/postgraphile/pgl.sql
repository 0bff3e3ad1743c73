-- What PostGraphile needs beyond the API's own tables, to answer the benchmark's queries
-- the way the API does. Lives in schema pgl of a benchmark database only (run.sh installs
-- it); the API never sees it. Each function is plain SQL that PostgreSQL inlines.

create schema if not exists pgl;

-- Actor.shipments and Actor.deployments: the distinct records of one kind an actor is
-- involved in, earliest first (the API's order: start_earliest, then slug).
create or replace function pgl.actors_shipments(a rudprk.actors) returns setof rudprk.records
language sql stable
as $$
    select r.* from rudprk.records r
    where r.kind = 'SHIPMENT'
      and r.id in (select ra.record_id from rudprk.record_actors ra where ra.actor_id = a.id)
    order by r.start_earliest, r.slug
$$;

create or replace function pgl.actors_deployments(a rudprk.actors) returns setof rudprk.records
language sql stable
as $$
    select r.* from rudprk.records r
    where r.kind = 'DEPLOYMENT'
      and r.id in (select ra.record_id from rudprk.record_actors ra where ra.actor_id = a.id)
    order by r.start_earliest, r.slug
$$;

-- The API's aggregate(groupBy: [YEAR, CATEGORY], metric: VALUE_USD, filter: shipments
-- supplied by one actor), as one row per group and unit (unit null for a group without any
-- estimate): the same SQL as AggregateApi, so both servers run the same query.
drop function if exists pgl.shipment_values(text);
drop type if exists pgl.value_group;
create type pgl.value_group as (
    year integer, category text, count integer, count_with_estimate integer,
    unit text, low numeric, high numeric, records integer, unbounded integer);

create function pgl.shipment_values(supplier text) returns setof pgl.value_group
language sql stable
as $$
    with keyed as (
        select r.id, extract(year from r.start_earliest)::int as d_year, s.category::text as d_category
        from rudprk.records r left join rudprk.shipments s on s.record_id = r.id
        where r.kind = 'SHIPMENT'
          and exists (select 1 from rudprk.record_actors ra join rudprk.actors a on a.id = ra.actor_id
                      where ra.record_id = r.id and a.slug = supplier and ra.role = 'SUPPLIER')),
    env as (
        select e.record_id, e.unit, min(coalesce(e.low, 0)) as lo,
               case when bool_or(e.high is null) then null else max(e.high) end as hi
        from (select distinct id from keyed) k join rudprk.estimates e on e.record_id = k.id
        where e.metric = 'VALUE_USD'
        group by e.record_id, e.unit),
    estimated as (select distinct record_id from env),
    counts as (
        select d_year, d_category, count(distinct k.id)::int as n,
               (count(distinct k.id) filter (where estimated.record_id is not null))::int as n_est
        from keyed k left join estimated on estimated.record_id = k.id group by d_year, d_category),
    sums as (
        select d_year, d_category, env.unit, count(*)::int as records, sum(env.lo) as low,
               case when bool_or(env.hi is null) then null else sum(env.hi) end as high,
               (count(*) filter (where env.hi is null))::int as unbounded
        from keyed k join env on env.record_id = k.id group by d_year, d_category, env.unit)
    select c.d_year, c.d_category, c.n, c.n_est, s.unit, s.low, s.high, s.records, s.unbounded
    from counts c left join sums s on s.d_year = c.d_year and s.d_category is not distinct from c.d_category
    order by c.d_year, c.d_category, s.unit
$$;
