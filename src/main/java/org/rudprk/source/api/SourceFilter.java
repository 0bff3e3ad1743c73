package org.rudprk.source.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.rudprk.common.Filters;
import org.rudprk.common.Sql;
import org.rudprk.record.api.RecordFilter;
import org.rudprk.record.query.RecordFilters;
import org.rudprk.source.SourceKind;

/** A condition on sources; fields are ANDed, list fields hold when any value does. */
@Input("SourceFilter")
@Description("A condition on sources. Every field given must hold; a list field holds when any of its values does. "
        + "Combine conditions with and, or and not.")
public class SourceFilter {

    @Description("All of these conditions hold.")
    public List<SourceFilter> and;

    @Description("At least one of these conditions holds.")
    public List<SourceFilter> or;

    @Description("This condition does not hold.")
    public SourceFilter not;

    @Description("The source has one of these slugs.")
    public List<String> slugs;

    @Description("The source is of one of these kinds.")
    public List<SourceKind> kind;

    @Description("The source is in one of these languages (ISO 639-1 codes).")
    public List<String> language;

    @Description("When the source was published, precision-aware as for records.")
    public RecordFilter.PeriodFilter published;

    /** The condition on the alias {@code s}, or null when there is no filter. */
    static Sql toSql(SourceFilter filter) {
        return filter == null ? null : build(filter, "filter", 0, new Filters());
    }

    private static Sql build(SourceFilter filter, String path, int depth, Filters f) {
        return f.compose(filter, path, depth, filter.and, filter.or, filter.not, x -> {
            Sql all = f.slugsAndKind("s", x.slugs, "source_kind", x.kind, path);
            if (x.language != null) {
                all.append(" and s.language in (?)", f.list(x.language, path + ".language"));
            }
            if (x.published != null) {
                all.append(" and ").append(RecordFilters.period(x.published, path + ".published",
                        "daterange(s.published_earliest, s.published_latest, '[]')", "s.published_earliest", f));
            }
            return all;
        }, (nested, p, d) -> build(nested, p, d, f));
    }
}
