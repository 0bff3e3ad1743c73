package org.rudprk.seed;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import io.quarkus.flyway.FlywayConfigurationCustomizer;

/** Hands Flyway the seed migration, reading seeds from {@code rudprk.seeds.location}. */
@Singleton
public class SeedMigrationRegistrar implements FlywayConfigurationCustomizer {

    @ConfigProperty(name = "rudprk.seeds.location", defaultValue = "classpath:seeds")
    String location;

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.javaMigrations(new CuratedSeedsMigration(location));
    }
}
