package org.rudprk.common;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.rudprk.dataset.DatasetVersionHeader;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;

/**
 * The slugs of actors, places and sources of a release, read once per release, so a filter or
 * look-up naming an unknown one is answered UNKNOWN_SLUG with the nearest known slugs instead of
 * a silent zero or null ({@link Filters#checkKnown}).
 * <p>
 * Inside a GraphQL request the slugs are those of the release the request's own snapshot holds
 * ({@link DatasetVersionHeader#ofThisTransaction}), read through that snapshot the first time a
 * request of that release asks: while a new release is loaded, a request already reading it
 * accepts its new slugs, and one still reading the previous release is checked against that
 * release's, whatever the background refresh has seen. The two most recent releases are kept.
 * An export checks its filter inside its own snapshot the same way ({@link #within}); anywhere
 * else they are the release the instance last read in the background.
 */
@ApplicationScoped
public class KnownSlugs {

    /** How many releases' slugs are kept: the one served and the one being replaced. */
    private static final int RELEASES_KEPT = 2;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DatasetVersionHeader version;

    @Inject
    jakarta.persistence.EntityManager em;

    /** Slugs by release and kind; replaced whole (copy on write), so reading takes no lock. */
    private volatile Map<String, Map<String, Set<String>>> byRelease = Map.of();

    void register(@Observes StartupEvent e) {
        Filters.knownSlugs(this::of);
    }

    /** A snapshot outside Hibernate's session (an export's JDBC transaction) and the release it holds. */
    private record Snapshot(String release, Connection connection) {
    }

    /** Set while {@link #within} runs, on its thread only. */
    private static final ThreadLocal<Snapshot> OWN_SNAPSHOT = new ThreadLocal<>();

    /**
     * Runs {@code work} (building an export's filter) with the slugs of {@code release}, read when
     * needed through {@code connection}, whose transaction holds that release's snapshot.
     */
    public <T> T within(String release, Connection connection, java.util.function.Supplier<T> work) {
        Snapshot outer = OWN_SNAPSHOT.get();
        OWN_SNAPSHOT.set(new Snapshot(release, connection));
        try {
            return work.get();
        } finally {
            if (outer == null) {
                OWN_SNAPSHOT.remove();
            } else {
                OWN_SNAPSHOT.set(outer);
            }
        }
    }

    /** The slugs of one kind: "actor", "place" or "source"; null when they cannot be read (no check then). */
    public Set<String> of(String kind) {
        Snapshot own = OWN_SNAPSHOT.get();
        String snapshot = own != null ? own.release() : version.ofThisTransaction();
        String release = snapshot != null ? snapshot : version.version();
        Map<String, Set<String>> known = byRelease.get(release);
        if (known == null) {
            known = read(release, snapshot != null, own);
        }
        return known == null ? null : known.get(kind);
    }

    private synchronized Map<String, Set<String>> read(String release, boolean inSnapshot, Snapshot own) {
        Map<String, Set<String>> known = byRelease.get(release);
        if (known != null) {
            return known;
        }
        try {
            known = own != null ? read(own.connection())
                    : inSnapshot ? em.unwrap(org.hibernate.Session.class).doReturningWork(KnownSlugs::read)
                    : readOwnConnection();
        } catch (SQLException | RuntimeException e) {
            return null; // unknown: no check rather than a wrong refusal
        }
        Map<String, Map<String, Set<String>>> next = new LinkedHashMap<>(byRelease);
        next.put(release, known);
        while (next.size() > RELEASES_KEPT) {
            next.remove(next.keySet().iterator().next());
        }
        byRelease = next;
        return known;
    }

    private Map<String, Set<String>> readOwnConnection() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return read(c);
        }
    }

    private static Map<String, Set<String>> read(Connection c) throws SQLException {
        return Map.of("actor", read(c, "actors"), "place", read(c, "locations"), "source", read(c, "sources"));
    }

    private static Set<String> read(Connection c, String table) throws SQLException {
        Set<String> out = new HashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select slug from " + table)) {
            while (rs.next()) {
                out.add(rs.getString("slug"));
            }
        }
        return out;
    }
}
