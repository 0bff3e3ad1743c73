package org.rudprk.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;
import org.rudprk.common.UnknownSlugException;
import org.rudprk.common.errors.DatabaseUnavailableException;

import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.validation.ValidationError;
import io.smallrye.graphql.api.ErrorCode;

/**
 * The errors of an answer as the client reads them, built once from graphql-java's errors (the
 * spec's message, locations, path and extensions) and the exceptions behind them; written by
 * {@link ResponseJson} like any answer. extensions.code is, for a field that failed, the
 * {@link ErrorCode} of the exception that made it fail (the API's refusals, and the statements
 * the data layer translated by SQLState); for a document that does not validate,
 * GRAPHQL_VALIDATION_FAILED; for variables that cannot be coerced, BAD_USER_INPUT; for a limit's
 * refusal, the code {@link LimitsInstrumentation} gave it. A field that failed for any other
 * reason says so in plain words with INTERNAL_ERROR: no exception class, SQL or stack trace
 * reaches the client (they are logged, {@link #log}).
 */
final class ErrorAnswers {

    /** The category these lines have always had (an operator's log filter may name it). */
    private static final Logger LOG = Logger.getLogger(GraphQLHttpHandler.class);

    static final String INTERNAL_ERROR_MESSAGE = "The server failed to answer this field; the failure is logged.";

    private ErrorAnswers() {
    }

    /** Each error in the spec's shape, with its code and, for a validation error, a message that teaches. */
    static List<Map<String, Object>> of(List<GraphQLError> errors, TeachingErrors.Request teaching) {
        List<Map<String, Object>> out = new ArrayList<>(errors.size());
        for (GraphQLError error : errors) {
            out.add(of(error, teaching));
        }
        return out;
    }

    private static Map<String, Object> of(GraphQLError error, TeachingErrors.Request teaching) {
        Map<String, Object> spec = new LinkedHashMap<>(error.toSpecification());
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (error instanceof ExceptionWhileDataFetching f) {
            Throwable coded = coded(f.getException());
            if (coded == null) {
                spec.put("message", INTERNAL_ERROR_MESSAGE);
                spec.put("extensions", Map.of("code", "INTERNAL_ERROR"));
                return spec;
            }
            extensions.put("classification", String.valueOf(error.getErrorType()));
            extensions.put("code", code(error));
            if (coded instanceof UnknownSlugException unknown) {
                // The slug and the nearest known ones as data, for a client to offer them.
                extensions.put("kind", unknown.kind());
                extensions.put("slug", unknown.slug());
                extensions.put("suggestions", List.copyOf(unknown.suggestions()));
            }
        } else if (error instanceof ValidationError v) {
            extensions.put("queryPath", v.getQueryPath() == null ? List.of()
                    : v.getQueryPath().stream().map(String::valueOf).toList());
            extensions.put("classification", String.valueOf(error.getErrorType()));
            extensions.put("code", code(error));
        } else {
            // A limit's refusal (its code and figures) or graphql-java's own request errors.
            if (error.getExtensions() != null) {
                extensions.putAll(error.getExtensions());
            }
            if (error.getErrorType() != null) {
                extensions.putIfAbsent("classification", String.valueOf(error.getErrorType()));
            }
            String code = code(error);
            if (code != null) {
                extensions.putIfAbsent("code", code);
            }
        }
        String better = teaching.improve(error);
        if (better != null) {
            spec.put("message", better);
        }
        spec.put("extensions", extensions);
        return spec;
    }

    /** extensions.code of an error as {@link #of} answers it, or null when it has none. */
    static String code(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching f) {
            Throwable coded = coded(f.getException());
            return coded == null ? "INTERNAL_ERROR" : coded.getClass().getAnnotation(ErrorCode.class).value();
        }
        if (error instanceof ValidationError) {
            return "GRAPHQL_VALIDATION_FAILED";
        }
        Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
        if (code != null) {
            return code.toString();
        }
        return error.getErrorType() == graphql.ErrorType.ValidationError ? "BAD_USER_INPUT" : null;
    }

    /** The database outage behind a field's failure, or null: then the whole answer is a 503. */
    static DatabaseUnavailableException databaseDown(List<GraphQLError> errors) {
        for (GraphQLError e : errors) {
            if (e instanceof ExceptionWhileDataFetching f && coded(f.getException()) instanceof DatabaseUnavailableException u) {
                return u;
            }
        }
        return null;
    }

    /**
     * Logs what went wrong in a field (SmallRye's own "Data Fetching Error" log is off:
     * quarkus.smallrye-graphql.print-data-fetcher-exception=false). A failure with an error code
     * (an {@link org.rudprk.common.ApiException}, or a statement the data layer translated: a
     * statement timeout, a value the database cannot take) is a client's mistake, one INFO line
     * with its code and, for a statement, the database's own words; anything else is a server
     * fault, logged at ERROR with its stack trace. Syntax and validation errors are answered, not
     * logged.
     */
    static void log(List<GraphQLError> errors) {
        for (GraphQLError error : errors) {
            if (!(error instanceof ExceptionWhileDataFetching f)) {
                continue;
            }
            String path = error.getPath() == null ? "?" : String.join(".", error.getPath().stream().map(String::valueOf).toList());
            Throwable coded = coded(f.getException());
            if (coded != null) {
                LOG.infof("client error %s at %s: %s", coded.getClass().getAnnotation(ErrorCode.class).value(), path,
                        coded.getCause() == null ? coded.getMessage() : firstLine(rootMessage(coded)));
            } else {
                LOG.errorf(f.getException(), "field %s failed", path);
            }
        }
    }

    /**
     * The exception that gave the failure its error code ({@link ErrorCode}: the API's refusals
     * and the data layer's translated statements), or null for an unexpected failure.
     */
    private static Throwable coded(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getClass().isAnnotationPresent(ErrorCode.class)) {
                return t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
