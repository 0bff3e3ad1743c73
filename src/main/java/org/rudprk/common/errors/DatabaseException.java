package org.rudprk.common.errors;

/**
 * A statement of the data layer failed in a way the client is told about: each subclass carries
 * its {@code errors[].extensions.code} ({@link io.smallrye.graphql.api.ErrorCode}) and the message
 * the client reads. Made only by {@link DatabaseErrors#translate}, from the driver's SQLState and
 * the exception's type; the driver's own exception stays the cause, for the server's log (its
 * text never reaches the client). SmallRye shows the message of this class and its subclasses
 * ({@code quarkus.smallrye-graphql.show-runtime-exception-message}); any other failure of a
 * statement stays what it is, an unexpected failure whose message is hidden.
 */
public abstract class DatabaseException extends RuntimeException {

    protected DatabaseException(String message, Throwable cause) {
        // No stack trace of its own: it is made where the statement ran, which the cause's trace shows.
        super(message, cause, false, false);
    }
}
