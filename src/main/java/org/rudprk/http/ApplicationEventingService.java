package org.rudprk.http;

import graphql.GraphQL;
import io.smallrye.graphql.spi.EventingService;

/**
 * A SmallRye eventing service of this application (always on: no configuration key) that
 * changes graphql-java as SmallRye builds it, in {@link #build}.
 *
 * <p>SmallRye loads these services once, with Java's ServiceLoader, and keeps them in a static
 * field of a library class; in dev mode the library outlives a live reload, so it keeps calling
 * the copy loaded from the first application class loader, whose CDI beans and configuration
 * mappings are gone (every request then failed with SRCFG00027 or a null bean). The thread's
 * context class loader is the reloaded application's: each call is handed to the service's copy
 * there ({@link #current}). In a packaged application the two loaders are the same.
 */
abstract class ApplicationEventingService implements EventingService {

    @Override
    public final String getConfigKey() {
        return null;
    }

    @Override
    public final GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        EventingService current = current(this);
        return current == this ? build(builder) : current.beforeGraphQLBuild(builder);
    }

    /** Changes the builder; runs in the application that is current. */
    protected abstract GraphQL.Builder build(GraphQL.Builder builder);

    /** The copy of {@code service} that the thread's context class loader sees: itself, but after a reload. */
    static EventingService current(EventingService service) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Class<?> own = service.getClass();
        if (loader == null || loader == own.getClassLoader()) {
            return service;
        }
        try {
            Class<?> current = Class.forName(own.getName(), true, loader);
            return current == own ? service : (EventingService) current.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot reach the reloaded application's " + own.getName(), e);
        }
    }
}
