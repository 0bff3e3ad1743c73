package org.rudprk.ops;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.agroal.api.AgroalDataSource;

/**
 * Readiness of an instance that reads from a PostgreSQL hot standby: DOWN when the standby lags
 * the primary by more than {@code rudprk.replica.max-lag} (default 30s). On a primary it is UP
 * with role "primary".
 * <p>
 * A standby that has replayed all the WAL it received from a connected primary lags 0 s, however
 * long the primary has been idle. Otherwise (WAL waiting to be replayed, or no WAL receiver
 * connected, when the standby cannot know what it misses) the lag is the time since this check
 * first saw the standby behind, capped by the age of the last transaction replayed
 * ({@code pg_last_xact_replay_timestamp()}). That age alone would overstate it: after an idle
 * hour, the first transaction to arrive would make the standby look an hour late.
 */
@Readiness
@ApplicationScoped
public class ReplicationLagCheck implements HealthCheck {

    static final String NAME = "Replication lag";

    static final String SQL = """
            select pg_is_in_recovery() as standby,
                   extract(epoch from now() - pg_last_xact_replay_timestamp()) as since_replay,
                   pg_last_wal_receive_lsn() is not null
                       and pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() as replayed_all,
                   exists (select 1 from pg_stat_wal_receiver where pid is not null) as receiving
            """;

    @ConfigProperty(name = "rudprk.replica.max-lag", defaultValue = "30s")
    Duration maxLag;

    @Inject
    AgroalDataSource dataSource;

    /** When a check first saw the standby behind (System.nanoTime()), or null while caught up. */
    private Long behindSince;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder r = HealthCheckResponse.named(NAME).withData("maxLagMs", maxLag.toMillis());
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(SQL)) {
            rs.next();
            if (!rs.getBoolean("standby")) {
                return r.up().withData("role", "primary").build();
            }
            Double sinceReplay = rs.getObject("since_replay") == null ? null : rs.getDouble("since_replay");
            boolean replayedAll = rs.getBoolean("replayed_all");
            boolean receiving = rs.getBoolean("receiving");
            double lag = lag(replayedAll && receiving, sinceReplay, System.nanoTime());
            r.withData("role", "standby").withData("receiving", receiving).withData("lagMs",
                    Math.round(lag * 1000));
            return (lag * 1000 <= maxLag.toMillis() ? r.up() : r.down()).build();
        } catch (Exception e) {
            return r.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }

    /** The lag in seconds, from what the standby reports and when it was first seen behind. */
    synchronized double lag(boolean caughtUp, Double sinceLastReplay, long nanoNow) {
        if (caughtUp) {
            behindSince = null;
            return 0;
        }
        if (behindSince == null) {
            behindSince = nanoNow;
        }
        double behind = (nanoNow - behindSince) / 1e9;
        return sinceLastReplay == null ? behind : Math.max(0, Math.min(behind, sinceLastReplay));
    }
}
