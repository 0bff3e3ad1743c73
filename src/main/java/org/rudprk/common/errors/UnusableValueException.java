package org.rudprk.common.errors;

import io.smallrye.graphql.api.ErrorCode;

/**
 * The database refused a value of the request (SQLState class 22, data exception: a NUL character
 * in a text, a number out of range). The same code as the API's own refusals of arguments.
 */
@ErrorCode(UnusableValueException.CODE)
public final class UnusableValueException extends DatabaseException {

    public static final String CODE = "INVALID_ARGUMENT";

    UnusableValueException(Throwable cause) {
        super("A value in the request cannot be used (for example a NUL character or an out-of-range number).", cause);
    }
}
