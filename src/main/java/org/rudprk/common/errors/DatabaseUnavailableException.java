package org.rudprk.common.errors;

import io.smallrye.graphql.api.ErrorCode;

/**
 * The database cannot be reached or gave no connection in time: a connection failure (SQLState
 * class 08, or Hibernate's JDBCConnectionException), an administrator's shutdown or a server not
 * accepting connections yet (57P01, 57P03), or a pool that had no connection to give. A fault of
 * the moment, not of the request: the HTTP edge answers the whole request with 503 and
 * Retry-After when a field fails with this code.
 */
@ErrorCode(DatabaseUnavailableException.CODE)
public final class DatabaseUnavailableException extends DatabaseException {

    public static final String CODE = "SERVICE_UNAVAILABLE";

    DatabaseUnavailableException(Throwable cause) {
        super("The database is unavailable right now; try again in a few seconds.", cause);
    }
}
