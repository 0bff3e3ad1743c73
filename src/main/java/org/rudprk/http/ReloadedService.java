package org.rudprk.http;

import io.smallrye.graphql.spi.EventingService;

/**
 * The application's current copy of one of its SmallRye eventing services. SmallRye loads these
 * services once, with Java's ServiceLoader, and keeps them in a static field of a library class;
 * in dev mode the library outlives a live reload, so it keeps calling the copy loaded from the
 * first application class loader, whose CDI beans and configuration mappings are gone (every
 * request then failed with SRCFG00027 or a null bean). The thread's context class loader is the
 * reloaded application's: this finds the service's class there. In a packaged application the
 * two loaders are the same and the service itself is returned.
 */
final class ReloadedService {

    private ReloadedService() {
    }

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
