package org.dbmigrate.junit;

import java.nio.file.Path;
import org.dbmigrate.config.ConfigLoader;
import org.dbmigrate.config.MigrateConfig;

/** Reads a project's {@code migrate.conf} as db-manage does. */
public final class Configs {

    private Configs() {
    }

    public static MigrateConfig load(Path configFile) {
        Path file = configFile.toAbsolutePath().normalize();
        return ConfigLoader.create(file.getParent()).environment(System.getenv()).configFile(file).load();
    }
}
