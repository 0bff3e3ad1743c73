package org.rudprk.common;

import io.smallrye.graphql.api.ErrorCode;

/** An ID that this API did not issue, or that names another type. */
@ErrorCode("INVALID_ID")
public class InvalidIdException extends ApiException {

    public InvalidIdException(String message) {
        super(message);
    }
}
