package org.rudprk.common;

import io.smallrye.graphql.api.ErrorCode;

/** A pagination cursor that this API did not issue for this list and ordering. */
@ErrorCode("INVALID_CURSOR")
public class InvalidCursorException extends ApiException {

    public InvalidCursorException(String message) {
        super(message);
    }
}
