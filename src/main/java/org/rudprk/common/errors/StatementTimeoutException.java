package org.rudprk.common.errors;

import io.smallrye.graphql.api.ErrorCode;

/** A statement ran past the per-request database time limit (SQLState 57014, query_canceled). */
@ErrorCode(StatementTimeoutException.CODE)
public final class StatementTimeoutException extends DatabaseException {

    public static final String CODE = "STATEMENT_TIMEOUT";

    StatementTimeoutException(Throwable cause) {
        super("The query ran past the per-request database time limit; ask for less (smaller pages, fewer nested "
                + "lists).", cause);
    }
}
