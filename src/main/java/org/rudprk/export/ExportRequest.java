package org.rudprk.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

import org.rudprk.common.Sql;
import org.rudprk.record.RecordOrder;
import org.rudprk.record.query.RecordRepository;

/**
 * A checked export request: the collection and the conditions already turned into SQL by the
 * same code the GraphQL API uses ({@code RecordFilters}, {@code ActorFilters}), so an invalid
 * filter is refused before any byte is sent.
 *
 * @param condition the collection's own filter (records: RecordFilter; citations: CitationFilter; actors: ActorFilter)
 * @param recordCondition citations only: the RecordFilter their records must match
 */
record ExportRequest(ExportCollection collection, Sql condition, Sql recordCondition, RecordOrder order) {

    /** The columns and the statement, in the order the GraphQL list returns the same items. */
    ExportPlan plan(Connection connection) throws SQLException {
        return switch (collection.shape()) {
            case RECORD -> {
                // The list in its order, as RecordRepository pages it (keys only); then each record's columns.
                List<Column> columns = collection.columns(0);
                String direction = order.ascending() ? "asc" : "desc";
                Sql sql = new Sql().append("select x.* from (select r.id, r.slug, " + order.key() + " as sort_key "
                        + "from records r ").append(RecordRepository.where(collection.kind(), condition))
                        .append(" order by " + order.orderBy(false) + ") o cross join lateral (select "
                                + select(columns) + ExportCollection.RECORD_COLUMNS_FROM + ") x")
                        .append(" order by o.sort_key " + direction + ", o.slug " + direction);
                yield new ExportPlan(columns, sql);
            }
            case CITATION -> {
                // The list in its order, as CitationApi pages it (keys only); then each citation's columns.
                Sql where = citationWhere();
                List<Column> columns = collection.columns(mostEstimates(connection, where));
                Sql sql = new Sql().append("select x.* from (select c.id, r.start_earliest, r.slug, c.ordinal "
                        + "from citations c join records r on r.id = c.record_id ").append(where)
                        .append(" order by r.start_earliest, r.slug, c.ordinal) o cross join lateral (select "
                                + select(columns) + ExportCollection.CITATION_COLUMNS_FROM + ") x")
                        .append(" order by o.start_earliest, o.slug, o.ordinal");
                yield new ExportPlan(columns, sql);
            }
            case ACTOR -> {
                List<Column> columns = collection.columns(0);
                Sql sql = new Sql().append("select " + select(columns) + ExportCollection.ACTOR_FROM + "where true");
                if (condition != null) {
                    sql.append(" and (").append(condition).append(")");
                }
                yield new ExportPlan(columns, sql.append(" order by a.name, a.slug"));
            }
        };
    }

    /** The conditions of CitationApi.citations: the citation filter on c, the record filter on r. */
    private Sql citationWhere() {
        Sql where = new Sql().append("where true");
        if (condition != null) {
            where.append(" and ").append(condition);
        }
        if (recordCondition != null) {
            where.append(" and ").append(recordCondition);
        }
        return where;
    }

    /** The most estimates any exported citation gives: how many estimate_N_* column groups to write. */
    private static int mostEstimates(Connection connection, Sql where) throws SQLException {
        Sql sql = new Sql().append("select coalesce(max((select count(*) from estimates e where e.citation_id = c.id)), 0) "
                + "from citations c join records r on r.id = c.record_id ").append(where);
        try (PreparedStatement statement = Jdbc.prepare(connection, sql); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String select(List<Column> columns) {
        return columns.stream().map(c -> c.sql() + " as \"" + c.name() + "\"").collect(Collectors.joining(", "));
    }
}
