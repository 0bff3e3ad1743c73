package org.rudprk.http;

import graphql.GraphQL;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.spi.EventingService;

/**
 * Hands SmallRye's engine the schema of {@link ServedSchema} before it is built. A SmallRye
 * eventing service without a configuration key is always on; unlike SmallRye's CDI events
 * (quarkus.smallrye-graphql.events.enabled) it adds no CDI event per field fetched.
 */
public final class ServedSchemaEvents implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        EventingService current = ReloadedService.current(this);
        if (current != this) {
            return current.beforeGraphQLBuild(builder);
        }
        return builder.schema(Arc.container().instance(ServedSchema.class).get().schema());
    }
}
