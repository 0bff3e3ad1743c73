package org.rudprk.common;

/**
 * A refusal a client can act on: the message says what was wrong and where, and each
 * subclass carries a stable {@code errors[].extensions.code}.
 */
public abstract class ApiException extends RuntimeException {

    protected ApiException(String message) {
        super(message, null, false, false);
    }

    /** Its stable code, from the subclass's {@link io.smallrye.graphql.api.ErrorCode}. */
    public String code() {
        io.smallrye.graphql.api.ErrorCode code = getClass().getAnnotation(io.smallrye.graphql.api.ErrorCode.class);
        return code == null ? "INVALID_ARGUMENT" : code.value();
    }
}
