-- Copies the curated records until the database holds about a million, each copy with its
-- subtype row, its actors and its first citation (with that citation's estimates), so that every
-- export column has work to do. For measuring exports only: never run it on a real database.
set search_path = rudprk;
begin;
create temporary table copies as
  select r.id as original, g as n from records r cross join generate_series(1, (1000000 / (select count(*) from records))::int) g;
insert into records (slug, kind, title, summary, status, start_earliest, start_latest, start_precision,
                     end_earliest, end_latest, end_precision, value_usd)
  select r.slug || '-copy-' || c.n, r.kind, r.title, r.summary, r.status, r.start_earliest, r.start_latest,
         r.start_precision, r.end_earliest, r.end_latest, r.end_precision, r.value_usd
  from copies c join records r on r.id = c.original;
create temporary table map as
  select o.id as original, n.id as copy from copies c join records o on o.id = c.original
  join records n on n.slug = o.slug || '-copy-' || c.n;
insert into agreements (record_id, official_name) select m.copy, a.official_name from map m join agreements a on a.record_id = m.original;
insert into shipments (record_id, category) select m.copy, s.category from map m join shipments s on s.record_id = m.original;
insert into deployments (record_id, deployment_kind, purpose) select m.copy, d.deployment_kind, d.purpose from map m join deployments d on d.record_id = m.original;
insert into events (record_id, event_kind) select m.copy, e.event_kind from map m join events e on e.record_id = m.original;
insert into statements (record_id, statement_kind, context, quote, quote_original)
  select m.copy, s.statement_kind, s.context, s.quote, s.quote_original from map m join statements s on s.record_id = m.original;
insert into record_actors (record_id, actor_id, role, note) select m.copy, ra.actor_id, ra.role, ra.note from map m join record_actors ra on ra.record_id = m.original;
insert into citations (record_id, ordinal, source_id, paragraph, claimant_id, stance, claimed_earliest, claimed_latest,
                       claimed_precision, summary, quote)
  select m.copy, c.ordinal, c.source_id, c.paragraph, c.claimant_id, c.stance, c.claimed_earliest, c.claimed_latest,
         c.claimed_precision, c.summary, c.quote
  from map m join citations c on c.record_id = m.original and c.ordinal = 1;
insert into estimates (citation_id, record_id, ordinal, metric, low, high, unit, qualifier, label)
  select nc.id, m.copy, e.ordinal, e.metric, e.low, e.high, e.unit, e.qualifier, e.label
  from map m join citations oc on oc.record_id = m.original and oc.ordinal = 1
  join estimates e on e.citation_id = oc.id
  join citations nc on nc.record_id = m.copy and nc.ordinal = 1;
commit;
analyze;
select count(*) as records from records;
