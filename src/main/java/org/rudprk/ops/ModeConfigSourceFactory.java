package org.rudprk.ops;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;

/**
 * Turns {@code rudprk.mode} into the Quarkus settings each mode needs, as defaults that sit
 * above application.properties (ordinal 260) and below the environment and system properties,
 * so an operator can still override any of them.
 * <ul>
 * <li>{@code load}: no HTTP listener, no migration at start (the job runs it itself, to report
 * a failure clearly), no Hibernate schema check before the schema exists.</li>
 * <li>{@code serve}: no migration at start, schema checked by {@link ServeCheck}; every API connection opens read-only transactions
 * (a hot standby accepts nothing else anyway); Flyway, used only to check that the schema is
 * current, reads with the API's own read-only credentials.</li>
 * </ul>
 */
public final class ModeConfigSourceFactory implements ConfigSourceFactory {

    static final int ORDINAL = 260;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue value = context.getValue(Mode.PROPERTY);
        Mode mode;
        try {
            mode = Mode.parse(value == null ? null : value.getValue());
        } catch (IllegalArgumentException e) {
            // Reported clearly when Main or a bean parses the mode; configure nothing here.
            return Collections.emptyList();
        }
        Map<String, String> p = new HashMap<>();
        switch (mode) {
            case LOAD -> {
                p.put("quarkus.http.host-enabled", "false");
                p.put("quarkus.flyway.migrate-at-start", "false");
                p.put("quarkus.hibernate-orm.schema-management.strategy", "none");
                p.put("quarkus.datasource.jdbc.min-size", "0");
                p.put("quarkus.banner.enabled", "false");
            }
            case SERVE -> {
                p.put("quarkus.flyway.migrate-at-start", "false");
                // ServeCheck checks instead that every migration of this jar is applied, and
                // says what to run when not (Hibernate would only name a missing table).
                p.put("quarkus.hibernate-orm.schema-management.strategy", "none");
                // Flyway refuses an empty password; trust authentication ignores this one.
                p.put("quarkus.flyway.username", valueOr(context, "quarkus.datasource.username", "rudprk_api"));
                p.put("quarkus.flyway.password", valueOr(context, "quarkus.datasource.password", "unused"));
                p.put("quarkus.datasource.jdbc.new-connection-sql",
                        "set statement_timeout = '${rudprk.limits.statement-timeout:5s}'; "
                                + "set default_transaction_read_only = on");
            }
            default -> {
                return Collections.emptyList();
            }
        }
        return List.of(new MapBackedConfigSource("rudprk.mode=" + mode.name().toLowerCase(), p, ORDINAL) {
        });
    }

    private static String valueOr(ConfigSourceContext context, String name, String fallback) {
        ConfigValue v = context.getValue(name);
        return v == null || v.getValue() == null || v.getValue().isEmpty() ? fallback : v.getValue();
    }
}
