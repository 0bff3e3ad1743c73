package org.rudprk.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;

import org.hibernate.Session;

import org.rudprk.dataset.DatasetVersionHeader;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Puts {@link GraphQLHttpHandler} in front of SmallRye's own /graphql route (GET, HEAD and POST),
 * with a body size limit that answers 413 in the GraphQL error format.
 */
@ApplicationScoped
public class GraphQLHttpRoute {

    @Inject
    Limits limits;

    @Inject
    HttpCaching caching;

    @Inject
    DatasetVersionHeader datasetVersion;

    @Inject
    ServedSchema schema;

    @Inject
    TransactionManager transactions;

    @Inject
    Session session;

    void register(@Observes Router router) {
        GraphQLHttpHandler handler = new GraphQLHttpHandler(limits, caching, datasetVersion, schema.schema(),
                transactions, session);
        router.route("/graphql").order(-100)
                .handler(BodyHandler.create().setBodyLimit(limits.maxBodyBytes()).setHandleFileUploads(false))
                // On a worker thread (unordered: requests run in parallel); see GraphQLHttpHandler.
                .blockingHandler(handler, false)
                .failureHandler(ctx -> {
                    int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
                    if (status == 413) {
                        GraphQLHttpHandler.refuse(ctx, GraphQLHttpHandler.JSON, new GraphQLHttpHandler.Refusal(413,
                                "PAYLOAD_TOO_LARGE", "the request body is larger than " + limits.maxBodyBytes()
                                        + " bytes"));
                    } else {
                        GraphQLHttpHandler.refuse(ctx, GraphQLHttpHandler.JSON, new GraphQLHttpHandler.Refusal(status,
                                status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST", status >= 500
                                        ? "The server failed to answer; the failure is logged." : "Bad request."));
                    }
                });
    }
}
