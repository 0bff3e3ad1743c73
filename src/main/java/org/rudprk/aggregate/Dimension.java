package org.rudprk.aggregate;

import org.eclipse.microprofile.graphql.Description;

/** What records can be grouped by. */
@Description("What to group records by. Several dimensions group by their combinations.")
public enum Dimension {
    @Description("The year the record starts in (the year of its earliest possible day).")
    YEAR("extract(year from r.start_earliest)::int"),
    @Description("The kind of record.")
    KIND("r.kind::text"),
    @Description("The record's status.")
    STATUS("r.status::text"),
    @Description("The shipment category; null for other kinds of record.")
    CATEGORY("(select s.category::text from shipments s where s.record_id = r.id)"),
    @Description("The supplier of a shipment; a shipment with several suppliers counts in each of their groups.")
    SUPPLIER("sup.actor_id"),
    @Description("The recipient of a shipment; a shipment with several recipients counts in each of their groups.")
    RECIPIENT("rec.actor_id");

    final String sql;

    Dimension(String sql) {
        this.sql = sql;
    }
}
