package org.rudprk.ops;

import java.util.Locale;

/**
 * What one process of the jar does, from {@code rudprk.mode} (environment {@code RUDPRK_MODE},
 * or {@code java -jar quarkus-run.jar load}).
 */
public enum Mode {
    /** The single-machine default: migrate and load the seeds at start, then serve. */
    ALL,
    /** Serve only: no migration, read-only transactions, refuse to start on a schema that is missing or behind. */
    SERVE,
    /** The loading job: migrate and load the seeds, print what was loaded, exit (no HTTP listener). */
    LOAD;

    public static final String PROPERTY = "rudprk.mode";

    public static Mode parse(String value) {
        if (value == null || value.isBlank()) {
            return ALL;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PROPERTY + " (RUDPRK_MODE) is '" + value
                    + "'; use one of all, serve, load");
        }
    }
}
