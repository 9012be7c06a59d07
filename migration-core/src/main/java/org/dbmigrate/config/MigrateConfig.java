package org.dbmigrate.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The settings a command runs with, after the layers (flag or -D, POM, config file, default) have
 * been merged. Paths are already absolute (config-file paths resolve against the file's folder).
 *
 * @param url                     JDBC URL, as written
 * @param user                    database user, may be empty
 * @param password                never printed
 * @param scriptLocation          the migrations folder (holds versions/, script.sql.vm, populate/)
 * @param versionLocations        folders holding revision files; the first is where new ones go
 *                                unless {@code --version-path} says otherwise (default: versions/)
 * @param versionTable            {@code migrate_version} by default
 * @param historyTable            {@code migrate_history} by default
 * @param revisionIdStyle         sequential (001, 002...) or hex (12 hex characters)
 * @param downgradeEnabled        false refuses downgrade and leaves it out of new revisions
 * @param transactionPerMigration true: commit after each revision; false: one transaction per run
 * @param headFile                keep {@code versions/HEAD} up to date
 * @param lockTimeout             how long a mutating command waits for the database lock
 * @param templateArgs            {@code -x key=value} values handed to templates
 */
public record MigrateConfig(String url, String user, Secret password, Path scriptLocation, List<Path> versionLocations,
        String versionTable,
        String historyTable, RevisionIdStyle revisionIdStyle, boolean downgradeEnabled,
        boolean transactionPerMigration, boolean headFile, Duration lockTimeout, Map<String, String> templateArgs) {

    public MigrateConfig {
        versionLocations = List.copyOf(versionLocations);
        templateArgs = Map.copyOf(templateArgs);
    }

    /** The folder that holds {@code HEAD} and new revisions by default. */
    public Path versionsDir() {
        return versionLocations.isEmpty() ? scriptLocation.resolve("versions") : versionLocations.get(0);
    }

    public Path populateDir() {
        return scriptLocation.resolve("populate");
    }

    /** How {@code revision} picks the id of a new revision when {@code --rev-id} is not given. */
    public enum RevisionIdStyle {
        SEQUENTIAL, HEX
    }
}
