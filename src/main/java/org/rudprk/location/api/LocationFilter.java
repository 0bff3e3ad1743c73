package org.rudprk.location.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.rudprk.common.Filters;
import org.rudprk.common.Sql;
import org.rudprk.location.LocationKind;

/** A condition on places; fields are ANDed, list fields hold when any value does. */
@Input("LocationFilter")
@Description("A condition on places. Every field given must hold; a list field holds when any of its values does. "
        + "Combine conditions with and, or and not.")
public class LocationFilter {

    @Description("All of these conditions hold.")
    public List<LocationFilter> and;

    @Description("At least one of these conditions holds.")
    public List<LocationFilter> or;

    @Description("This condition does not hold.")
    public LocationFilter not;

    @Description("The place has one of these slugs.")
    public List<String> slugs;

    @Description("The place is of one of these kinds.")
    public List<LocationKind> kind;

    @Description("The place is in one of these countries (state slugs).")
    public List<String> countries;

    /** The condition on the alias {@code l}, or null when there is no filter. */
    static Sql toSql(LocationFilter filter) {
        Filters f = new Filters();
        return filter == null ? null : build(filter, "filter", 0, f);
    }

    private static Sql build(LocationFilter filter, String path, int depth, Filters f) {
        return f.compose(filter, path, depth, filter.and, filter.or, filter.not, x -> {
            Sql all = f.slugsAndKind("l", x.slugs, "location_kind", x.kind, path);
            if (x.countries != null) {
                all.append(" and l.country_id in (select id from actors where slug in (?))",
                        f.list(x.countries, path + ".countries"));
            }
            return all;
        }, (nested, p, d) -> build(nested, p, d, f));
    }
}
