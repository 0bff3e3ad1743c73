package org.rudprk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hibernate.SessionFactory;
import org.rudprk.common.Sql;
import org.rudprk.dataset.DatasetVersionHeader;

/**
 * The SQL statements a request's fields cost: every statement the request ran (Hibernate's, and the
 * data layer's own JDBC ones, {@link Sql#statements()}), less the one each executed request starts
 * its snapshot with, the read of its release ({@link DatasetVersionHeader#inSnapshot}), which must
 * have run exactly once. For tests that prove relations are batched.
 */
public final class FieldStatements {

    private FieldStatements() {
    }

    public static long of(SessionFactory sessionFactory, Runnable request) {
        var stats = sessionFactory.getStatistics();
        stats.clear();
        long sql = Sql.statements();
        long releases = DatasetVersionHeader.snapshotReads();
        request.run();
        long all = stats.getPrepareStatementCount() + Sql.statements() - sql;
        assertEquals(1, DatasetVersionHeader.snapshotReads() - releases,
                "the release is read once per executed request, in its snapshot");
        return all - 1;
    }
}
