-- (d) as PostGraphile runs it: its SQL function over the same tables (src/bench/postgraphile/pgl.sql,
-- installed by run.sh), with the actor as pgbench's variable (-D actor=benchmark-probe-1).
select * from pgl.shipment_values(:actor);
