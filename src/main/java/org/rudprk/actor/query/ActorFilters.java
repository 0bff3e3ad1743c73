package org.rudprk.actor.query;

import java.util.List;

import org.rudprk.common.Filters;
import org.rudprk.common.Sql;
import org.rudprk.record.query.RecordFilters;
import org.rudprk.actor.api.ActorFilter;

/** Turns an {@link ActorFilter} into a parameterised SQL condition on the alias {@code a} (actors). */
public final class ActorFilters {

    private final Filters f = new Filters();

    private ActorFilters() {
    }

    public static Sql toSql(ActorFilter filter) {
        return filter == null ? null : new ActorFilters().build(filter, "filter", 0);
    }

    private Sql build(ActorFilter filter, String path, int depth) {
        return f.compose(filter, path, depth, filter.and, filter.or, filter.not, x -> fields(x, path, depth),
                this::build);
    }

    private Sql fields(ActorFilter x, String path, int depth) {
        Sql all = f.slugsAndKind("a", x.slugs, "actor_kind", x.kind, path);
        if (x.countries != null) {
            List<String> c = f.list(x.countries, path + ".countries");
            all.append(" and (a.slug in (?) or a.country_id in (select id from actors where slug in (?)))", c, c);
        }
        if (x.involvedIn != null || x.roles != null) {
            Sql involved = new Sql().append("exists (select 1 from record_actors ira join records r on r.id = "
                    + "ira.record_id where ira.actor_id = a.id");
            if (x.roles != null) {
                involved.append(" and ").append(f.enumIn("ira.role", "actor_role", x.roles, path + ".roles"));
            }
            if (x.involvedIn != null) {
                involved.append(" and ").append(RecordFilters.toSql(x.involvedIn, f, path + ".involvedIn", depth + 1));
            }
            all.append(" and ").append(involved.append(")"));
        }
        if (x.claims != null) {
            all.append(" and ").append(RecordFilters.cited(x.claims, path + ".claims", "c.claimant_id = a.id", f));
        }
        return all;
    }
}
