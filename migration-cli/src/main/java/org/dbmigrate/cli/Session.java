package org.dbmigrate.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.dbmigrate.Migrator;
import org.dbmigrate.config.ConfigKey;
import org.dbmigrate.config.ConfigLoader;
import org.dbmigrate.config.JdbcUrls;
import org.dbmigrate.config.MigrateConfig;

/**
 * The merged configuration and the {@link Migrator} of one run, built on first use so that
 * {@code --help} and usage errors never read a config file.
 */
final class Session {

    private final MigrateConfig config;
    private final Migrator migrator;

    private Session(MigrateConfig config, Migrator migrator) {
        this.config = config;
        this.migrator = migrator;
    }

    static Session open(Settings settings, GlobalOptions options, StderrReporter reporter) {
        if (!options.appClasspath().isEmpty()) {
            // classpath: locations read through the context class loader; DbManage.execute restores it
            Thread thread = Thread.currentThread();
            thread.setContextClassLoader(AppClasspath.loader(
                    options.appClasspath().stream().map(settings.workingDir()::resolve).toList(),
                    thread.getContextClassLoader()));
        }
        List<Path> files = configFiles(settings, options);
        MigrateConfig config = ConfigLoader.create(settings.workingDir())
                .environment(settings.environment())
                .onWarning(reporter::warn)
                .configFiles(files)
                .properties(settings.systemProperties())
                .flag(ConfigKey.URL, options.databaseConnection(), "--database-connection")
                .templateArgs(options.templateArgs())
                .placeholders(options.placeholders())
                .load();
        if (options.verbose()) {
            reporter.info(files.isEmpty() ? "config files: none, built-in defaults"
                    : "config files: " + files.stream().map(Path::toString).collect(Collectors.joining(", ")));
            reporter.info("database: " + JdbcUrls.redact(config.url()) + ", scripts: " + config.scriptSource());
        }
        return new Session(config, Migrator.create(config).withListener(reporter));
    }

    /** The --config-file files, else the launcher's default files that exist. */
    private static List<Path> configFiles(Settings settings, GlobalOptions options) {
        if (!options.configFiles().isEmpty()) {
            return options.configFiles().stream().map(settings.workingDir()::resolve).toList();
        }
        return settings.resolvedDefaultConfigFiles().stream().filter(Files::isRegularFile).toList();
    }

    MigrateConfig config() {
        return config;
    }

    Migrator migrator() {
        return migrator;
    }
}
