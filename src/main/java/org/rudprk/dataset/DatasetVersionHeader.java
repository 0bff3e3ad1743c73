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
 * cache or a client can tell which release answered. It is read in three places: {@link #version()}
 * (the header's default, the response cache's look-up, the export listing); {@link #inSnapshot},
 * the first read of each executed GraphQL request, which names that answer (header, ETag, the key
 * it is kept under), checks a pinned release against it and leaves it for the rest of the
 * request's transaction ({@link #ofThisTransaction}, the slugs filters are checked against); and
 * {@link #of(Connection)}, an export's first read in its own transaction, which names its file.
 * <p>
 * A release can be loaded while the service runs (the loading job, possibly into a primary this
 * instance reads through a replica), so {@link #version()} is re-read from the database every
 * {@code rudprk.dataset.version-refresh} (default 1s) by one background thread: one indexed
 * single-row read per second per instance. After a new release is visible to this instance's
 * database, it follows within that interval. When the database cannot be reached the last
 * version read is kept.
 */
@ApplicationScoped
public class DatasetVersionHeader {

    public static final String HEADER = "X-Dataset-Version";

    private static final Logger LOG = Logger.getLogger(DatasetVersionHeader.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

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
        try (Connection c = dataSource.getConnection()) {
            String now = of(c);
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

    private static final String RELEASE_QUERY = "select r.version from DatasetReleaseEntity r";

    /**
     * The release the session's current transaction reads: its first statement, so the snapshot
     * that answers a request is the one named in its labels. A failure comes out translated
     * ({@link org.rudprk.common.errors.DatabaseErrors#translate}): an unreachable database as
     * {@link org.rudprk.common.errors.DatabaseUnavailableException}.
     */
    public String inSnapshot(org.hibernate.Session session) {
        SNAPSHOT_READS.increment();
        String release = org.rudprk.common.errors.DatabaseErrors.reading(() -> session
                .createSelectionQuery(RELEASE_QUERY, String.class)
                .getResultList().stream().findFirst().orElse("unknown")); // the table holds one row
        transactions.putResource(SNAPSHOT_RELEASE, release);
        return release;
    }

    /** Where {@link #inSnapshot} leaves the release for the rest of the transaction. */
    private static final Object SNAPSHOT_RELEASE = new Object();

    /**
     * The release a JDBC connection's current transaction reads ("unknown" when none is loaded):
     * the background refresh's read, and an export's first read in its own snapshot.
     */
    public static String of(Connection connection) throws java.sql.SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("select version from dataset_release")) {
            return rs.next() ? rs.getString("version") : "unknown"; // the table holds one row
        }
    }

    /**
     * The release the current transaction's snapshot holds, as {@link #inSnapshot} read it
     * (every GraphQL request's first statement); null outside a transaction or before that read.
     */
    public String ofThisTransaction() {
        return transactions.getTransactionKey() == null ? null : (String) transactions.getResource(SNAPSHOT_RELEASE);
    }

    private static final java.util.concurrent.atomic.LongAdder SNAPSHOT_READS = new java.util.concurrent.atomic.LongAdder();

    /** How many times {@link #inSnapshot} has run in this JVM, for tests that count a request's statements. */
    public static long snapshotReads() {
        return SNAPSHOT_READS.sum();
    }

    /** The version of the release this instance serves now, as last read (at most one refresh interval ago). */
    public String version() {
        return version;
    }
}
