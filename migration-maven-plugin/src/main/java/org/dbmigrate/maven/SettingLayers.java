package org.dbmigrate.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.config.Secret;
import org.dbmigrate.error.MigrationError;

/**
 * The Maven layers of the settings, highest first: command-line {@code -D}, POM, settings.xml
 * server; below them come the config file and the defaults.
 */
record SettingLayers(Properties flags, Map<String, String> pom, Map<String, String> server) {

    static SettingLayers of(Properties flags, Map<String, String> pom, Map<String, String> server) {
        return new SettingLayers(flags, pom, server);
    }

    /** The value set by the highest layer above the config file, or null. */
    String value(String key) {
        String flag = flags.getProperty(key);
        if (flag != null) {
            return flag;
        }
        String fromPom = pom.get(key);
        return fromPom != null ? fromPom : server.get(key);
    }

    /** Every key some Maven layer sets. */
    Map<String, String> overrides() {
        Map<String, String> all = new HashMap<>();
        for (String key : pom.keySet()) {
            String v = value(key);
            if (v != null) {
                all.put(key, v);
            }
        }
        for (String key : server.keySet()) {
            String v = value(key);
            if (v != null) {
                all.put(key, v);
            }
        }
        return all;
    }

    // INTERIM until the cli branch's config loader lands: a minimal INI read so the goals run.
    MigrateConfig load(Path configFile, Path basedir) {
        Map<String, String> file = new HashMap<>();
        if (Files.isRegularFile(configFile)) {
            try {
                String section = "";
                for (String raw : Files.readAllLines(configFile)) {
                    String line = raw.strip();
                    if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                        continue;
                    }
                    if (line.startsWith("[")) {
                        section = line.substring(1, line.indexOf(']')).strip();
                        continue;
                    }
                    int eq = line.indexOf('=');
                    file.put(section + "." + line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                }
            } catch (IOException e) {
                throw new MigrationError("cannot read " + configFile + ": " + e.getMessage());
            }
        }
        Path fileDir = configFile.toAbsolutePath().getParent();
        Map<String, String> o = overrides();
        String url = o.getOrDefault(SettingKeys.URL, file.get("database.url"));
        if (url == null) {
            throw new MigrationError("no database URL: set url in " + configFile + " or -Dmigrate.url");
        }
        String user = o.getOrDefault(SettingKeys.USER, file.getOrDefault("database.user", ""));
        String password = o.getOrDefault(SettingKeys.PASSWORD, file.getOrDefault("database.password", ""));
        Path scripts = o.containsKey(SettingKeys.SCRIPT_LOCATION)
                ? basedir.resolve(o.get(SettingKeys.SCRIPT_LOCATION))
                : fileDir.resolve(file.getOrDefault("migrate.script_location", "migrations"));
        List<Path> versions = new ArrayList<>();
        return new MigrateConfig(url, user, Secret.of(password), scripts.normalize(), versions,
                o.getOrDefault(SettingKeys.VERSION_TABLE, file.getOrDefault("migrate.version_table", "migrate_version")),
                o.getOrDefault(SettingKeys.HISTORY_TABLE, file.getOrDefault("migrate.history_table", "migrate_history")),
                "hex".equalsIgnoreCase(o.getOrDefault(SettingKeys.REVISION_ID, file.getOrDefault("migrate.revision_id", "sequential")))
                        ? MigrateConfig.RevisionIdStyle.HEX : MigrateConfig.RevisionIdStyle.SEQUENTIAL,
                Boolean.parseBoolean(o.getOrDefault(SettingKeys.DOWNGRADE, file.getOrDefault("migrate.downgrade", "true"))),
                Boolean.parseBoolean(o.getOrDefault(SettingKeys.TRANSACTION_PER_MIGRATION,
                        file.getOrDefault("migrate.transaction_per_migration", "true"))),
                Boolean.parseBoolean(o.getOrDefault(SettingKeys.HEAD_FILE, file.getOrDefault("migrate.head_file", "true"))),
                Duration.ofSeconds(60), Map.of());
    }
}
