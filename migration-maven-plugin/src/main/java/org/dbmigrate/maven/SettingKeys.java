package org.dbmigrate.maven;

/** The {@code migrate.*} property names the goals read (the config table's keys, as -D properties). */
final class SettingKeys {
    static final String URL = "migrate.url";
    static final String USER = "migrate.user";
    static final String PASSWORD = "migrate.password";
    static final String SCRIPT_LOCATION = "migrate.scriptLocation";
    static final String VERSION_LOCATIONS = "migrate.versionLocations";
    static final String VERSION_TABLE = "migrate.versionTable";
    static final String HISTORY_TABLE = "migrate.historyTable";
    static final String REVISION_ID = "migrate.revisionId";
    static final String DOWNGRADE = "migrate.downgrade";
    static final String TRANSACTION_PER_MIGRATION = "migrate.transactionPerMigration";
    static final String HEAD_FILE = "migrate.headFile";
    static final String LOCK_TIMEOUT = "migrate.lockTimeout";

    private SettingKeys() {
    }
}
