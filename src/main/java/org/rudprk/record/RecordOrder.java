package org.rudprk.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.graphql.Description;
import org.rudprk.common.InvalidCursorException;
import org.rudprk.common.Pages;
import org.rudprk.common.Sql;
import org.rudprk.record.api.RecordBase;

/** Orderings of record lists; every one ends in the slug, so ties break the same way every time. */
@Description("How to order records. Ties are broken by slug, so pages are stable.")
public enum RecordOrder {
    @Description("Earliest first, by the first day the record may cover.")
    DATE_ASC("r.start_earliest", true, r -> r.getPeriod().getEarliest().toString(), LocalDate::parse),
    @Description("Newest first, by the first day the record may cover.")
    DATE_DESC("r.start_earliest", false, r -> r.getPeriod().getEarliest().toString(), LocalDate::parse),
    @Description("Alphabetically by title.")
    TITLE_ASC("r.title", true, RecordBase::getTitle, s -> s),
    @Description("Largest value in US dollars first (the largest figure any citation gives); records without a "
            + "value come last.")
    VALUE_DESC("coalesce(r.value_usd, -1)", false, RecordOrder::valueKey, BigDecimal::new),
    @Description("Smallest value in US dollars first; records without a value come first.")
    VALUE_ASC("coalesce(r.value_usd, -1)", true, RecordOrder::valueKey, BigDecimal::new);

    private final String key;
    private final boolean ascending;
    private final Function<RecordBase, String> keyOf;
    private final Function<String, Object> parse;

    RecordOrder(String key, boolean ascending, Function<RecordBase, String> keyOf, Function<String, Object> parse) {
        this.key = key;
        this.ascending = ascending;
        this.keyOf = keyOf;
        this.parse = parse;
    }

    private static String valueKey(RecordBase r) {
        return r.sortValue() == null ? "-1" : r.sortValue().toPlainString();
    }

    /** ORDER BY for reading forward, or backward (for last/before) when {@code reversed}. */
    public String orderBy(boolean reversed) {
        String dir = ascending != reversed ? "asc" : "desc";
        return key + " " + dir + ", r.slug " + dir;
    }

    /** The SQL expression on records r this order sorts by, before the slug that breaks ties. */
    public String key() {
        return key;
    }

    /** Whether the key (and then the slug) ascend. */
    public boolean ascending() {
        return ascending;
    }

    public String cursor(RecordBase r) {
        return Pages.cursor(name(), keyOf.apply(r), r.getSlug());
    }

    /** The keyset condition for the items after (or, when {@code before}, before) the cursor. */
    public Sql keyset(String cursor, boolean before, String argument) {
        List<String> keys = Pages.keys(cursor, name(), 2, argument);
        Object first;
        try {
            first = parse.apply(keys.get(0));
        } catch (RuntimeException e) {
            throw new InvalidCursorException("argument '" + argument + "': the cursor is damaged; use one from the "
                    + "same query");
        }
        String op = ascending != before ? ">" : "<";
        return new Sql().append("(" + key + ", r.slug) " + op + " (?, ?)", first, keys.get(1));
    }
}
