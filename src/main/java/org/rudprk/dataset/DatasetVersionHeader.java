package org.rudprk.dataset;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.rudprk.ops.Mode;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * Sends the dataset version with every response as {@code X-Dataset-Version}, so a story, a
 * cache or a client can tell which release answered; {@link #version()} is the one place the
 * API asks for it (header, ETags, export file names).
 * <p>
 * A release can be loaded while the service runs (the loading job, possibly into a primary this
 * instance reads through a replica), so the version is re-read from the database every
 * {@code rudprk.dataset.version-refresh} (default 1s) by one background thread: one indexed
 * single-row read per second per instance, and nothing on the request path. After a new release
 * is visible to this instance's database, the version follows within that interval. When the
 * database cannot be reached the last version read is kept.
 */
@ApplicationScoped
public class DatasetVersionHeader {

    public static final String HEADER = "X-Dataset-Version";

    private static final Logger LOG = Logger.getLogger(DatasetVersionHeader.class);

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "rudprk.dataset.version-refresh", defaultValue = "1s")
    Duration refresh;

    @ConfigProperty(name = Mode.PROPERTY, defaultValue = "all")
    String mode;

    private volatile String version = "unknown";
    private volatile boolean failing;
    private ScheduledExecutorService refresher;

    void start(@Observes StartupEvent event) {
        if (Mode.parse(mode) == Mode.LOAD) {
            return;
        }
        read();
        refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dataset-version-refresh");
            t.setDaemon(true);
            return t;
        });
        long ms = Math.max(50, refresh.toMillis());
        refresher.scheduleWithFixedDelay(this::read, ms, ms, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (refresher != null) {
            refresher.shutdownNow();
        }
    }

    /** Reads the version now; keeps the last one when the database does not answer. */
    void read() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select version from dataset_release")) {
            String now = rs.next() ? rs.getString(1) : "unknown";
            if (!now.equals(version)) {
                LOG.infof("Serving dataset %s", now);
                version = now;
            }
            failing = false;
        } catch (Exception e) {
            if (!failing) {
                LOG.warnf("Cannot read the dataset version (keeping %s): %s", version, e.getMessage());
                failing = true;
            }
        }
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            rc.response().putHeader(HEADER, version);
            rc.next();
        }, 10_000);
    }

    /** The version of the release this instance serves now, as last read (at most one refresh interval ago). */
    public String version() {
        return version;
    }
}
