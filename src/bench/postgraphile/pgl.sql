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
-- estimate): the statement AggregateApi sends for it (claims not selected), so both servers
-- run the same SQL. Its rules: each claim once per group, on the first record of the group it
-- supports, through that record's citation of it; per record and unit, the envelope of the
-- claims placed on it; a record counts as estimated when any citation of it gives a number.
-- Until 2026-12-01 this function summed each record's estimates directly (by estimates.record_id),
-- which gives the same answers on generated data (each claim there supports one record) for
-- about half the work; the API's statement does what the curated data needs (a claim cited for
-- several records counted once), so the two servers did not run the same query.
drop function if exists pgl.shipment_values(text);
drop type if exists pgl.value_group;
create type pgl.value_group as (
    year integer, category text, count integer, count_with_estimate integer,
    unit text, low numeric, high numeric, records integer, unbounded integer);

create function pgl.shipment_values(supplier text) returns setof pgl.value_group
language sql stable
as $$
    with keyed as (
        select r.id, c.id as cid, coalesce(c.claim_id, -c.id) as claim_id,
               extract(year from r.start_earliest)::int as d_year,
               (select s.category::text from rudprk.shipments s where s.record_id = r.id) as d_category
        from rudprk.records r join rudprk.citations c on c.record_id = r.id
        where r.kind = 'SHIPMENT'
          and exists (select 1 from rudprk.record_actors ra where ra.record_id = r.id
                      and ra.actor_id in (select id from rudprk.actors where slug = supplier)
                      and ra.role = 'SUPPLIER')),
    claimed as (
        select distinct on (d_year, d_category, claim_id) d_year, d_category, claim_id, id as home, cid
        from keyed order by d_year, d_category, claim_id, id),
    valued as (
        select e.citation_id, e.unit, e.low, e.high from rudprk.estimates e
        where e.metric = 'VALUE_USD' and e.nature = 'ESTIMATE' and e.citation_id in (select cid from keyed)),
    numbers as (
        select cl.d_year, cl.d_category, cl.home, e.unit, e.low, e.high
        from claimed cl join valued e on e.citation_id = cl.cid),
    env as (
        select d_year, d_category, home, unit, min(coalesce(low, 0)) as lo,
               case when bool_or(high is null) then null else max(high) end as hi
        from numbers group by d_year, d_category, home, unit),
    sums as (
        select d_year, d_category, unit, count(*)::int as records,
               (count(*) filter (where hi is null))::int as unbounded, sum(lo) as low,
               case when bool_or(hi is null) then null else sum(hi) end as high
        from env group by d_year, d_category, unit),
    counted as (select distinct citation_id from valued),
    counts as (
        select k.d_year, k.d_category, count(distinct k.id)::int as n,
               (count(distinct k.id) filter (where counted.citation_id is not null))::int as n_est
        from keyed k left join counted on counted.citation_id = k.cid group by k.d_year, k.d_category)
    select c.d_year, c.d_category, c.n, c.n_est, s.unit, s.low, s.high, s.records, s.unbounded
    from counts c left join sums s on s.d_year = c.d_year and s.d_category is not distinct from c.d_category
    order by c.d_year, c.d_category, s.unit
$$;
