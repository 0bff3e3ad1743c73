package org.rudprk.common;

import io.smallrye.graphql.api.ErrorCode;

/** An argument outside what the field accepts. */
@ErrorCode("INVALID_ARGUMENT")
public class InvalidArgumentException extends ApiException {

    public InvalidArgumentException(String message) {
        super(message);
    }
}
