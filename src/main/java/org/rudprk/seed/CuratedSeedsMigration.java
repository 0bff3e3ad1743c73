package org.rudprk.seed;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jboss.logging.Logger;

/**
 * Flyway's repeatable migration {@code R__curated_seeds}: replaces the curated rows with
 * the contents of seeds/ whenever their checksum changes. Runs after the schema migrations
 * and, like them, in one transaction: a curator's mistake leaves the database as it was.
 */
public final class CuratedSeedsMigration implements JavaMigration {

    private static final Logger LOG = Logger.getLogger(CuratedSeedsMigration.class);

    private final String location;
    private SeedFiles files;

    public CuratedSeedsMigration(String location) {
        this.location = location;
    }

    private SeedFiles files() {
        if (files == null) {
            files = SeedFiles.read(location);
        }
        return files;
    }

    @Override
    public MigrationVersion getVersion() {
        return null;
    }

    @Override
    public String getDescription() {
        return "curated seeds";
    }

    @Override
    public Integer getChecksum() {
        return files().checksum();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        long started = System.nanoTime();
        SeedFiles seeds = files();
        LOG.infof("Checking curated seeds from %s", location);
        SeedModel.Dataset dataset = SeedReader.read(seeds);
        LOG.infof("Loading %d sources, %d actors, %d locations and %d records (dataset %s)",
                dataset.sources().size(), dataset.actors().size(), dataset.locations().size(),
                dataset.records().size(), seeds.version());
        SeedWriter.write(context.getConnection(), dataset, seeds.version(), seeds.checksum());
        LOG.infof("Curated seeds loaded in %d ms", (System.nanoTime() - started) / 1_000_000);
    }
}
