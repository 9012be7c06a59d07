package org.dbmigrate.internal.runtime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.config.Secret;

/** MigrateConfig records for tests (the config package's INI loading is not needed here). */
public final class RuntimeTestConfig {

    private RuntimeTestConfig() {
    }

    /** The built-in defaults, pointed at {@code db} and the migrations folder {@code scriptLocation}. */
    public static MigrateConfig of(TestDatabase db, Path scriptLocation) {
        return new MigrateConfig(db.url(), db.user(), Secret.of(db.password()), scriptLocation,
                List.of(scriptLocation.resolve("versions")), "migrate_version", "migrate_history",
                MigrateConfig.RevisionIdStyle.SEQUENTIAL, true, true, true, Duration.ofSeconds(60), Map.of());
    }

    public static MigrateConfig withDowngrade(MigrateConfig c, boolean enabled) {
        return new MigrateConfig(c.url(), c.user(), c.password(), c.scriptLocation(), c.versionLocations(),
                c.versionTable(), c.historyTable(), c.revisionIdStyle(), enabled, c.transactionPerMigration(),
                c.headFile(), c.lockTimeout(), c.templateArgs());
    }

    public static MigrateConfig withTransactionPerMigration(MigrateConfig c, boolean perMigration) {
        return new MigrateConfig(c.url(), c.user(), c.password(), c.scriptLocation(), c.versionLocations(),
                c.versionTable(), c.historyTable(), c.revisionIdStyle(), c.downgradeEnabled(), perMigration,
                c.headFile(), c.lockTimeout(), c.templateArgs());
    }

    public static MigrateConfig withLockTimeout(MigrateConfig c, Duration timeout) {
        return new MigrateConfig(c.url(), c.user(), c.password(), c.scriptLocation(), c.versionLocations(),
                c.versionTable(), c.historyTable(), c.revisionIdStyle(), c.downgradeEnabled(),
                c.transactionPerMigration(), c.headFile(), timeout, c.templateArgs());
    }
}
