package org.rudprk.dataset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * Sends the dataset version with every response as {@code X-Dataset-Version}, so a
 * story, a cache or a client can tell which release answered. The data only changes when
 * the service starts (Flyway loads seeds then), so the version is read once at start-up;
 * every replica reads it from the same database.
 */
@ApplicationScoped
public class DatasetVersionHeader {

    public static final String HEADER = "X-Dataset-Version";

    private volatile String version = "unknown";

    void readVersion(@Observes StartupEvent event) {
        DatasetReleaseEntity release = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> DatasetReleaseEntity.findById(Boolean.TRUE));
        if (release != null) {
            version = release.version;
        }
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            rc.response().putHeader(HEADER, version);
            rc.next();
        }, 10_000);
    }

    public String version() {
        return version;
    }
}
