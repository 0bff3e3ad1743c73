package org.rudprk.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.net.URL;
import java.net.URLClassLoader;

import org.junit.jupiter.api.Test;

import io.smallrye.graphql.spi.EventingService;

/**
 * A live reload in dev mode, played with two class loaders: the eventing service SmallRye kept
 * from the first load must hand over to the copy of the loader the thread now runs with.
 */
class ApplicationEventingServiceTest {

    /** Loads this project's classes again (child first), as dev mode's reloaded application loader does. */
    private static final class ReloadedApplicationLoader extends URLClassLoader {
        ReloadedApplicationLoader(ClassLoader parent) {
            super(new URL[] { ServedSchemaEvents.class.getProtectionDomain().getCodeSource().getLocation() }, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("org.rudprk.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                return c != null ? c : findClass(name);
            }
        }
    }

    @Test
    void aServiceKeptFromTheFirstLoadHandsOverToTheReloadedCopy() throws Exception {
        EventingService kept = new ServedSchemaEvents();
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (ReloadedApplicationLoader reloaded = new ReloadedApplicationLoader(before)) {
            thread.setContextClassLoader(reloaded);
            EventingService current = ApplicationEventingService.current(kept);
            assertNotSame(kept, current);
            assertEquals(ServedSchemaEvents.class.getName(), current.getClass().getName());
            assertSame(reloaded, current.getClass().getClassLoader());
            // The reloaded copy, asked in turn, is already current.
            assertSame(current, ApplicationEventingService.current(current));
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @Test
    void inAPackagedApplicationTheServiceIsItsOwnCurrentCopy() {
        EventingService service = new LimitsInstrumentation.Registration();
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try {
            thread.setContextClassLoader(LimitsInstrumentation.Registration.class.getClassLoader());
            assertSame(service, ApplicationEventingService.current(service));
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
