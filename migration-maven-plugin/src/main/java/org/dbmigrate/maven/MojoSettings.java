package org.dbmigrate.maven;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.dbmigrate.config.ConfigKey;
import org.dbmigrate.config.ConfigLoader;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.error.MigrationError;

/**
 * The Maven layers of the settings, handed to {@link ConfigLoader}: command-line {@code -D}
 * properties over the POM, over the settings.xml server (user and password only), over the config
 * file, over the defaults. Relative paths from -D and the POM resolve against the project folder.
 * Public for the site report (migration-report-maven-plugin), which reads its paths the same way.
 */
public record MojoSettings(Path basedir, Path configFile, Properties userProperties, Map<ConfigKey, String> pom,
        Map<ConfigKey, String> server, Map<String, String> pomPlaceholders) {

    static final String DEFAULT_FILE = "migrate.conf";

    public MojoSettings(Path basedir, Path configFile, Properties userProperties, Map<ConfigKey, String> pom,
            Map<ConfigKey, String> server) {
        this(basedir, configFile, userProperties, pom, server, Map.of());
    }

    /** The POM's {@code <placeholders>} (null: none). */
    MojoSettings withPomPlaceholders(Map<String, String> placeholders) {
        return new MojoSettings(basedir, configFile, userProperties, pom, server,
                placeholders == null ? Map.of() : placeholders);
    }

    public MigrateConfig load(Consumer<String> warnings) {
        Map<ConfigKey, String> pomOverServer = new EnumMap<>(ConfigKey.class);
        pomOverServer.putAll(server);
        pom.forEach((key, value) -> {
            if (value != null) {
                pomOverServer.put(key, value);
            }
        });
        ConfigLoader loader = ConfigLoader.create(basedir)
                .onWarning(warnings)
                .pom(pomOverServer, basedir)
                .pomPlaceholders(pomPlaceholders)
                .properties(asMap(userProperties));
        if (configFile.toFile().isFile()) {
            loader.configFile(configFile);
        } else if (!configFile.equals(basedir.resolve(DEFAULT_FILE))) {
            throw new MigrationError("config file " + configFile + " does not exist; fix -Dmigrate.configFile"
                    + " (or <configFile>), or leave it out to use " + DEFAULT_FILE + " of the project");
        }
        MigrateConfig config = loader.load();
        String url = ProjectRelativeUrl.resolve(config.url(), basedir);
        return url.equals(config.url()) ? config : config.toBuilder().url(url).build();
    }

    private static Map<String, String> asMap(Properties properties) {
        Map<String, String> map = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> map.put(name, properties.getProperty(name)));
        return map;
    }
}
