package org.rudprk.http;

import graphql.language.SourceLocation;

/** A request refused before execution: its HTTP status, extensions.code and message. */
final class RefusedException extends RuntimeException {
    final GraphQLHttpHandler.Refusal refusal;
    /** Where in the document, for syntax errors. */
    SourceLocation location;

    RefusedException(int status, String code, String message) {
        super(message, null, false, false);
        this.refusal = new GraphQLHttpHandler.Refusal(status, code, message);
    }

    /** A document-level refusal: 400 with graphql-response+json, 200 with legacy application/json. */
    static RefusedException document(String mediaType, String code, String message) {
        return new RefusedException(GraphQLHttpHandler.GRAPHQL_RESPONSE_JSON.equals(mediaType) ? 400 : 200, code,
                message);
    }
}
