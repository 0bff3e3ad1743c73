package org.rudprk.common;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.rudprk.dataset.DatasetVersionHeader;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;

/**
 * The slugs of actors, places and sources of the release being served, read once per release,
 * so a filter or look-up naming an unknown one is answered UNKNOWN_SLUG with the nearest known
 * slugs instead of a silent zero or null ({@link Filters#checkKnown}).
 */
@ApplicationScoped
public class KnownSlugs {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DatasetVersionHeader version;

    private volatile String readFor;
    private volatile Map<String, Set<String>> slugs = Map.of();

    void register(@Observes StartupEvent e) {
        Filters.knownSlugs(this::of);
    }

    /** The slugs of one kind: "actor", "place" or "source"; empty when they cannot be read. */
    public Set<String> of(String kind) {
        String v = version.version();
        if (v == null || !v.equals(readFor)) {
            synchronized (this) {
                if (v == null || !v.equals(readFor)) {
                    try {
                        slugs = Map.of("actor", read("actors"), "place", read("locations"), "source", read("sources"));
                        readFor = v;
                    } catch (SQLException e) {
                        return null; // unknown: no check rather than a wrong refusal
                    }
                }
            }
        }
        return slugs.get(kind);
    }

    private Set<String> read(String table) throws SQLException {
        Set<String> out = new HashSet<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select slug from " + table)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
