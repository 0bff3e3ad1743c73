// PostGraphile v5 over the benchmark database, for src/bench/run.sh. The amber preset is
// PostGraphile's recommended default; the connection-filter plugin (with relation filters)
// gives it record filters comparable to ours. It exposes the API's schema, rudprk, as is,
// plus schema pgl (src/bench/postgraphile/pgl.sql): computed columns and one aggregate
// function that PostGraphile cannot derive from the tables alone.
import { makePgService } from "postgraphile/adaptors/pg";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { PostGraphileConnectionFilterPreset } from "postgraphile-plugin-connection-filter";
import { jsonPgSmartTags } from "postgraphile/utils";

// Smart tags, PostGraphile's own configuration: the table actor_roles and the enum
// actor_role would both become the GraphQL type ActorRole, so the table is renamed (it
// holds positions, as in the API). The subtype tables reference records by (id, kind),
// from which PostGraphile derives no relation from a record to its subtype row; a
// virtual foreign key on record_id gives Record.shipmentByRecordId and the like.
const subtype = { tags: { foreignKey: "(record_id) references rudprk.records (id)" } };
const TagsPlugin = jsonPgSmartTags({
  version: 1,
  config: {
    class: {
      "rudprk.actor_roles": { tags: { name: "actor_positions" } },
      "rudprk.shipments": subtype,
      "rudprk.deployments": subtype,
    },
  },
});

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
  plugins: [TagsPlugin],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ["rudprk", "pgl"],
      // The same 5 s cap on every SQL statement as the API has (rudprk.limits.statement-timeout):
      // without it a query the client gave up on runs on in PostgreSQL and slows the next round.
      poolConfig: {
        max: Number(process.env.PG_POOL_MAX ?? 10),
        statement_timeout: Number(process.env.PG_STATEMENT_TIMEOUT_MS ?? 5000),
      },
    }),
  ],
  schema: {
    connectionFilterRelations: true,
  },
  grafserv: {
    host: "127.0.0.1",
    port: Number(process.env.PORT ?? 5093),
    graphiql: false,
    watch: false,
  },
  grafast: {
    explain: false,
  },
};

export default preset;
