package org.rudprk.aggregate;

import org.eclipse.microprofile.graphql.Description;

/** What records and their claims can be grouped by. */
@Description("What to group by. Several dimensions group by their combinations. YEAR, KIND, STATUS, CATEGORY, "
        + "SUPPLIER and RECIPIENT are properties of records; CLAIMANT, CLAIMANT_COUNTRY, SOURCE and CLAIM_DATE are "
        + "properties of claims, so a record supported by claims of several claimants counts in each claimant's "
        + "group, with only that claimant's claims summed there.")
public enum Dimension {
    @Description("The year the record starts in (the year of its earliest possible day).")
    YEAR("extract(year from r.start_earliest)::int", "year"),
    @Description("The kind of record.")
    KIND("r.kind::text", "kind::text"),
    @Description("The record's status.")
    STATUS("r.status::text", "status::text"),
    @Description("The shipment category; null for other kinds of record.")
    CATEGORY("(select s.category::text from shipments s where s.record_id = r.id)", "category::text"),
    @Description("The supplier of a shipment; a shipment with several suppliers counts in each of their groups.")
    SUPPLIER("sup.actor_id"),
    @Description("The recipient of a shipment; a shipment with several recipients counts in each of their groups.")
    RECIPIENT("rec.actor_id"),
    @Description("Who makes the claim inside the source; null for the source's own voice.")
    CLAIMANT("c.claimant_id"),
    @Description("The state the claimant belongs to (a state is its own country); null for the source's own voice "
            + "and for claimants of no state.")
    CLAIMANT_COUNTRY("(select case when a.kind = 'STATE' then a.id else a.country_id end from actors a "
            + "where a.id = c.claimant_id)"),
    @Description("The source that holds the claim.")
    SOURCE("c.source_id"),
    @Description("When the claim was made (claimedOn), with its precision: '2024-02' and '2024' are different "
            + "groups. Null for claims the source does not date.")
    CLAIM_DATE("(c.claimed_earliest::text || '|' || c.claimed_latest::text || '|' || c.claimed_precision::text)");

    /** The value over the curated tables (aliases r: records, c: citations, sup and rec: parties). */
    final String sql;
    /** The value over aggregate_cells (AggregateCells), or null for a dimension the cells do not hold. */
    final String cell;

    Dimension(String sql) {
        this(sql, null);
    }

    Dimension(String sql, String cell) {
        this.sql = sql;
        this.cell = cell;
    }

    /** The column a dimension's value comes back in, in both statements: d_year, d_kind... */
    String column() {
        return "d_" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
