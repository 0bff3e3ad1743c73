package org.rudprk.changes;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.rudprk.common.InvalidCursorException;
import org.rudprk.common.Pages;
import org.rudprk.common.Sql;
import org.rudprk.dataset.api.DatasetRelease;

/** The corrections log on the dataset release. */
@GraphQLApi
public class ChangesApi {

    private static final String ORDERING = "CHANGE_ASC";

    @Inject
    EntityManager em;

    @Inject
    io.smallrye.graphql.api.Context context;

    @NonNull
    @Description("The corrections log: what this release changed since the release it replaced (records and "
            + "citations added, removed, or changed field by field), oldest change first; with 'since', every "
            + "change made after that release up to this one. Empty for the first release loaded into this database.")
    public DatasetChangeConnection changes(@Source DatasetRelease release,
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after,
            @Description("Only changes of this record (slug).") String record,
            @Description("A release a story cited: every change made since it (by the releases loaded after it, in "
                    + "order), instead of the last release's changes only.") String since) {
        int size = Pages.size(first);
        Sql where = new Sql();
        if (since == null) {
            where.append(" where version = ?", release.version());
        } else {
            // The releases after 'since': every change logged after the first one that replaced it.
            where.append(" where id >= coalesce((select min(id) from dataset_changes where previous_version = ?), "
                    + "(select max(id) + 1 from dataset_changes))", since);
        }
        if (record != null) {
            where.append(" and record_slug = ?", record);
        }
        Sql page = new Sql().append("select id, version, previous_version, entity, record_slug, citation_key, change, "
                + "field, old_value, new_value from dataset_changes").append(where);
        if (after != null) {
            List<String> keys = Pages.keys(after, ORDERING, 1);
            try {
                page.append(" and id > ?", Long.parseLong(keys.get(0)));
            } catch (NumberFormatException e) {
                throw new InvalidCursorException("argument 'after': the cursor is damaged; use one from the same query");
            }
        }
        page.append(" order by id limit " + (size + 1)); // literal: see Sql
        // One statement: keyset on id, literal LIMIT size+1.
        List<DatasetChange> found = page.rows(em, false).stream().map(ChangesApi::change).toList();
        Sql count = new Sql().append("select count(*) from dataset_changes").append(where);
        return new DatasetChangeConnection(Pages.page(found, size, after != null,
                c -> new DatasetChangeConnection.DatasetChangeEdge(Pages.cursor(ORDERING, Long.toString(c.dbId())), c)),
                Pages.totalCount(context, () -> (int) count.count(em, false)));
    }

    @Inject
    org.rudprk.common.NestedPages nested;

    @NonNull
    @Description("The corrections log of this record: every entry of DatasetRelease.changes about it (the record "
            + "and its citations added, removed, or changed field by field) over every release loaded into this "
            + "database, oldest first; each entry names the release that made it. Empty when nothing has been "
            + "corrected since the record was first loaded here.")
    public List<@NonNull DatasetChangeConnection> changes(@Source List<org.rudprk.record.api.Record> list,
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after) {
        // One statement per batch: each record's page cut by a lateral LIMIT first+1 (NestedPages).
        return nested.pages(list.stream().map(r -> ((org.rudprk.record.api.RecordBase) r).dbId()).toList(), OF_RECORD,
                first, after, DatasetChangeConnection.DatasetChangeEdge::new, DatasetChangeConnection::new);
    }

    /** A record's entries of the log, by the record's slug (the log outlives the rows it describes). */
    private static final org.rudprk.common.NestedPages.Relation<DatasetChange> OF_RECORD =
            org.rudprk.common.NestedPages.Relation.of("RECORD_CHANGES", """
                    select d.id, d.version, d.previous_version, d.entity, d.record_slug, d.citation_key, d.change,
                           d.field, d.old_value, d.new_value {keys}
                    from dataset_changes d
                    where d.record_slug = (select r.slug from records r where r.id = parent_.id)""",
                    List.of(new org.rudprk.common.NestedPages.Key("d.id", "bigint")),
                    ChangesApi::change);

    private static DatasetChange change(org.rudprk.common.Row r) {
        return new DatasetChange(r.id("id"), r.text("version"), r.text("previous_version"), r.text("entity"),
                r.text("record_slug"), r.text("citation_key"), r.text("change"), r.text("field"), r.text("old_value"),
                r.text("new_value"));
    }
}
