package org.rudprk.http;

import graphql.GraphQL;
import io.quarkus.arc.Arc;

/**
 * Hands SmallRye's engine the schema of {@link ServedSchema} before it is built. A SmallRye
 * eventing service without a configuration key is always on; unlike SmallRye's CDI events
 * (quarkus.smallrye-graphql.events.enabled) it adds no CDI event per field fetched.
 */
public final class ServedSchemaEvents extends ApplicationEventingService {

    @Override
    protected GraphQL.Builder build(GraphQL.Builder builder) {
        return builder.schema(Arc.container().instance(ServedSchema.class).get().schema());
    }
}
