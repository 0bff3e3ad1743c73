package org.rudprk.export;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.BlockingOperationControl;

/**
 * Streams an export from a PostgreSQL cursor to the response. The statement runs with
 * autocommit off and a fetch size, which makes the PostgreSQL driver read {@link #FETCH_SIZE}
 * rows at a time instead of the whole result; each row is written as soon as it is read, into
 * one reused array. Memory stays the same whether the export has a hundred rows or a million,
 * and the response output stream blocks this worker thread while the client is slower than
 * the database, so nothing piles up in between.
 */
@ApplicationScoped
public class Exporter {

    /** Rows the driver holds at a time. */
    static final int FETCH_SIZE = 500;

    /**
     * The exports' own pool (datasource "exports", rudprk.exports.max-concurrent connections): a
     * flood of slow downloads can never take a connection from /graphql.
     */
    @Inject
    @io.quarkus.agroal.DataSource("exports")
    AgroalDataSource dataSource;

    @Inject
    org.rudprk.http.Limits limits;

    @Inject
    org.rudprk.common.KnownSlugs knownSlugs;

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(Exporter.class);

    /**
     * Writes the export, every statement of it in one read-only REPEATABLE READ transaction: the
     * release it is named after, the count that decides a citation export's estimate columns and
     * the rows all come from one snapshot, even while a new release loads.
     *
     * @param build makes the request from its parameters; run inside the snapshot, so the slugs
     *        its filter names are checked against the release the rows come from
     *        ({@link org.rudprk.common.KnownSlugs#within}); what it refuses is thrown before any byte
     * @param release told the version of the release this snapshot holds, before any row is
     *        written (it names the file and the response's {@code X-Dataset-Version})
     */
    void write(java.util.function.Supplier<ExportRequest> build, RowWriter writer,
            java.util.function.Consumer<String> release) throws IOException {
        if (!BlockingOperationControl.isBlockingAllowed()) {
            throw new IllegalStateException("an export must run on a worker thread, never on the event loop");
        }
        ExportRequest request = null;
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            // The driver only reads with a cursor (fetch size) inside a transaction.
            connection.setAutoCommit(false);
            try {
                oneSnapshot(connection);
                limitFetches(connection);
                String version = org.rudprk.dataset.DatasetVersionHeader.of(connection);
                release.accept(version);
                request = knownSlugs.within(version, connection, build);
                ExportPlan plan = request.plan(connection);
                stream(connection, plan, writer);
            } finally {
                connection.rollback(); // read only: nothing to keep
                connection.setAutoCommit(autoCommit);
            }
        } catch (ExportException e) {
            // A refusal of the request's own parameters (request still null) is the client's to
            // read, not the log's; one once the export has started (a timeout) is logged.
            if (request != null) {
                LOG.warnf("export of %s refused: %s", request.collection().urlName(), e.getMessage());
            }
            throw e;
        } catch (SQLException | RuntimeException e) {
            // Once rows are sent the status cannot change any more: the response is cut short, which
            // clients see as an incomplete transfer, and the cause is logged here.
            LOG.errorf(e, "export of %s failed", request.collection().urlName());
            throw new IOException("the export failed", e);
        }
    }

    /**
     * For this transaction only (the first statement of it; a session-wide setting would stay on
     * the pooled connection): one snapshot, taken at its first query, and no writes.
     */
    private static void oneSnapshot(Connection connection) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement("set transaction isolation level repeatable read, read only")) {
            set.execute();
        }
    }

    /** For this transaction only: each fetch may take exportStatementTimeout, and no JIT. */
    private void limitFetches(Connection connection) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement(
                "select set_config('statement_timeout', ?, true), set_config('jit', 'off', true)")) {
            set.setString(1, limits.exportStatementTimeout());
            set.execute();
        }
    }

    private void stream(Connection connection, ExportPlan plan, RowWriter writer) throws SQLException, IOException {
        List<Column> columns = plan.columns();
        LOG.debugf("export SQL: %s", plan.sql().text());
        try (PreparedStatement statement = Jdbc.prepare(connection, plan.sql())) {
            statement.setFetchSize(FETCH_SIZE);
            ResultSet first;
            try {
                first = statement.executeQuery();
            } catch (SQLException e) {
                if (org.rudprk.common.errors.DatabaseErrors.timedOut(e)) {
                    // Nothing is sent yet, so the client still gets a status and a reason.
                    throw new ExportException(503, "STATEMENT_TIMEOUT", "the export did not start within "
                            + limits.exportStatementTimeout() + "; narrow the filter or try again later", null, null,
                            null, null);
                }
                throw e;
            }
            try (ResultSet rs = first) {
                writer.header(columns);
                // Each column found by its label (the SELECT names every one after its column), once.
                int[] at = new int[columns.size()];
                for (int i = 0; i < at.length; i++) {
                    at[i] = rs.findColumn(columns.get(i).name());
                }
                Object[] row = new Object[columns.size()];
                long rows = 0;
                while (rs.next()) {
                    for (int i = 0; i < row.length; i++) {
                        row[i] = read(rs, at[i], columns.get(i));
                    }
                    writer.row(row);
                    rows++;
                }
                writer.finish();
                LOG.debugf("exported %d rows, %d at a time", rows, rs.getFetchSize());
            }
        }
    }

    private static Object read(ResultSet rs, int index, Column column) throws SQLException {
        if (column.fromText() != null) {
            // An ID or a label, made by the API's own code from the SQL's text.
            String text = rs.getString(index);
            return text == null ? null : column.fromText().apply(text);
        }
        return switch (column.type()) {
            case TEXT -> rs.getString(index);
            case INTEGER -> {
                long n = rs.getLong(index);
                yield rs.wasNull() ? null : n;
            }
            case NUMBER -> rs.getBigDecimal(index);
            case DATE -> rs.getObject(index, LocalDate.class);
            case ID -> throw new IllegalStateException("an ID column has fromText");
        };
    }
}
