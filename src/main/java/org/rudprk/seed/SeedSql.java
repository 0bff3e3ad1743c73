package org.rudprk.seed;

import java.sql.SQLException;

/** A statement the seed loader runs on its connection, in its transaction, for a kind's own rows. */
@FunctionalInterface
public interface SeedSql {

    /** Runs {@code sql} with these parameters (null, text, numbers, dates). */
    void update(String sql, Object... params) throws SQLException;
}
