-- Query (a) as one SQL statement, run by pgbench with prepared statements: the ceiling
-- for any GraphQL server answering (a) from this database over this connection.
select r.slug, r.title, r.status, r.start_earliest, r.start_latest, r.start_precision, r.end_latest, s.category,
       sup.slug, sup.name, rec.slug, rec.name
from rudprk.records r
join rudprk.shipments s on s.record_id = r.id
left join lateral (select a.slug, a.name from rudprk.record_actors ra join rudprk.actors a on a.id = ra.actor_id
                   where ra.record_id = r.id and ra.role = 'SUPPLIER' limit 1) sup on true
left join lateral (select a.slug, a.name from rudprk.record_actors ra join rudprk.actors a on a.id = ra.actor_id
                   where ra.record_id = r.id and ra.role = 'RECIPIENT' limit 1) rec on true
where r.kind = 'SHIPMENT'
order by r.start_earliest desc, r.slug desc
limit 51;
