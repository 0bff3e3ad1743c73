package org.rudprk.common;

/**
 * A record's headline figure of one metric: the largest estimate of that metric its citations
 * give, an estimate's size being its high bound, or its low bound where it has none ("up to
 * 5.5bn" is 5.5bn, "more than 6,000" is 6,000); on a tie, the first in curated order. The one
 * place this rule is written: the seed loader stores the size of the USD headline in
 * {@code records.value_usd} (what orders records by value, in the API and the exports alike), and
 * the exports show each headline estimate with the claim that gives it.
 */
public final class Headline {

    private Headline() {
    }

    /** The size of an estimate e, by which the headline is chosen. */
    public static final String SIZE = "coalesce(e.high, e.low)";

    /**
     * A subquery giving {@code columns} of the headline estimate e of {@code metric} (an
     * {@code estimate_metric} label) of record r; {@code joins} joins what the columns read to e.
     */
    public static String estimate(String metric, String columns, String joins) {
        if (!metric.matches("[A-Z_]+")) {
            throw new IllegalArgumentException("not an estimate metric: " + metric);
        }
        return "select " + columns + " from estimates e" + joins + " where e.record_id = r.id and e.metric = '"
                + metric + "' order by " + SIZE + " desc, e.ordinal limit 1";
    }
}
