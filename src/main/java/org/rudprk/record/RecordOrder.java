package org.rudprk.record;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.rudprk.common.InvalidCursorException;
import org.rudprk.common.Pages;
import org.rudprk.common.Sql;

/** Orderings of record lists; every one ends in the slug, so ties break the same way every time. */
@Description("How to order records. Ties are broken by slug, so pages are stable.")
public enum RecordOrder {
    @Description("Earliest first, by the first day the record may cover.")
    DATE_ASC("r.start_earliest asc, r.slug asc", "(r.start_earliest, r.slug) > (?, ?)"),
    @Description("Newest first, by the first day the record may cover.")
    DATE_DESC("r.start_earliest desc, r.slug desc", "(r.start_earliest, r.slug) < (?, ?)"),
    @Description("Alphabetically by title.")
    TITLE_ASC("r.title asc, r.slug asc", "(r.title, r.slug) > (?, ?)");

    private final String orderBy;
    private final String after;

    RecordOrder(String orderBy, String after) {
        this.orderBy = orderBy;
        this.after = after;
    }

    public String orderBy() {
        return orderBy;
    }

    public String cursor(RecordBase r) {
        String key = this == TITLE_ASC ? r.getTitle() : r.getPeriod().getEarliest().toString();
        return Pages.cursor(name(), key, r.getSlug());
    }

    /** The keyset condition for the items after {@code cursor}. */
    public Sql after(String cursor) {
        List<String> keys = Pages.keys(cursor, name(), 2);
        Object first;
        if (this == TITLE_ASC) {
            first = keys.get(0);
        } else {
            try {
                first = LocalDate.parse(keys.get(0));
            } catch (java.time.format.DateTimeParseException e) {
                throw new InvalidCursorException("argument 'after': the cursor is damaged; use one from the same query");
            }
        }
        return new Sql().append(after, first, keys.get(1));
    }
}
