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
 * The lag is the age of the last transaction replayed ({@code pg_last_xact_replay_timestamp()})
 * while WAL received is still waiting to be replayed, or while no WAL receiver is connected (the
 * standby cannot know what it misses). A standby that has replayed everything it received from
 * a connected primary lags 0 s, however long the primary has been idle.
 */
@Readiness
@ApplicationScoped
public class ReplicationLagCheck implements HealthCheck {

    static final String NAME = "Replication lag";

    static final String SQL = """
            select pg_is_in_recovery(),
                   extract(epoch from now() - pg_last_xact_replay_timestamp()),
                   pg_last_wal_receive_lsn() is not null
                       and pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn(),
                   exists (select 1 from pg_stat_wal_receiver where pid is not null)
            """;

    @ConfigProperty(name = "rudprk.replica.max-lag", defaultValue = "30s")
    Duration maxLag;

    @Inject
    AgroalDataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder r = HealthCheckResponse.named(NAME).withData("maxLagMs", maxLag.toMillis());
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(SQL)) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return r.up().withData("role", "primary").build();
            }
            double sinceReplay = rs.getDouble(2);
            boolean replayedAll = rs.getBoolean(3);
            boolean receiving = rs.getBoolean(4);
            double lag = replayedAll && receiving ? 0 : Math.max(0, sinceReplay);
            r.withData("role", "standby").withData("receiving", receiving).withData("lagMs",
                    Math.round(lag * 1000));
            return (lag * 1000 <= maxLag.toMillis() ? r.up() : r.down()).build();
        } catch (Exception e) {
            return r.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
