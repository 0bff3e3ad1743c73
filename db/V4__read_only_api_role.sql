-- Least privilege: the API connects as rudprk_api, which can only read. Flyway migrates
-- and loads seeds with its own, separate credentials (quarkus.flyway.username).
-- Roles belong to the whole PostgreSQL cluster, so they are created only when missing; an
-- operator may create rudprk_api beforehand with a password (see docker-compose.yml).
do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'rudprk_read') then
        create role rudprk_read nologin;
    end if;
    if not exists (select 1 from pg_roles where rolname = 'rudprk_api') then
        create role rudprk_api login;
    end if;
end
$$;

grant rudprk_read to rudprk_api;
grant usage on schema ${flyway:defaultSchema} to rudprk_read;
grant select on all tables in schema ${flyway:defaultSchema} to rudprk_read;
-- Tables that later migrations create are readable too, and nothing more.
alter default privileges in schema ${flyway:defaultSchema} grant select on tables to rudprk_read;
