package org.rudprk.http;

import graphql.GraphQLContext;

/**
 * What the HTTP edge and the engine's checks ({@link LimitsInstrumentation}) tell each other about
 * one request, carried in graphql-java's context: the edge says whether it came by GET, the engine
 * says whether the operation that ran was a query (only then may its answer be kept). The edge does
 * not parse the document: the engine does, through SmallRye's document cache.
 */
final class RequestFacts {

    static final String KEY = RequestFacts.class.getName();

    /** GET or HEAD: only a query may run. */
    final boolean get;

    /** Set by the engine once the operation it runs is known to be a query. */
    volatile boolean query;

    RequestFacts(boolean get) {
        this.get = get;
    }

    /** This request's facts; for an execution that did not come through the HTTP edge, a POST's. */
    static RequestFacts of(GraphQLContext context) {
        RequestFacts facts = context == null ? null : context.get(KEY);
        return facts != null ? facts : new RequestFacts(false);
    }
}
