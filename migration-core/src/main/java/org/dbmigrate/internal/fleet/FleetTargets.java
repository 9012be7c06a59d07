package org.dbmigrate.internal.fleet;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.dbmigrate.config.ConfigError;
import org.dbmigrate.config.JdbcUrls;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.fleet.FleetTarget;
import org.dbmigrate.internal.config.TargetsFile;
import org.dbmigrate.internal.runtime.ConnectionSource;

/**
 * Turns the configured fleet into targets: the {@code [targets]} lines ({@code name = jdbc:...}),
 * the discovery rules among them, and the lines of each targets file, in that order. A URL listed
 * twice is one target.
 */
public final class FleetTargets {

    /** A URL that names its own user ({@code ?user=} or {@code user=} after {@code ;}) brings its credentials. */
    private static final Pattern OWN_USER = Pattern.compile("(?i)[?&;]user=");

    private FleetTargets() {
    }

    /** The configured targets; {@code environment} expands {@code ${VAR}} in targets files. */
    public static List<FleetTarget> of(MigrateConfig config, Map<String, String> environment) {
        Map<String, FleetTarget> byUrl = new LinkedHashMap<>();
        for (MigrateConfig.ListedTarget line : config.fleet().listed()) {
            if (line.key().equals(Discovery.DISCOVER) || line.key().equals(Discovery.DISCOVERY_QUERY)) {
                discovered(config, Discovery.of(line)).forEach(t -> byUrl.putIfAbsent(t.config().url(), t));
            } else {
                if (!line.value().startsWith("jdbc:")) {
                    throw new ConfigError(line.where(), "[targets] " + line.key() + " = '"
                            + JdbcUrls.redact(line.value()) + "' is not a JDBC URL; write name = jdbc:...,"
                            + " discover = schemas like 'tenant_%' or discovery_query = SELECT ...");
                }
                byUrl.putIfAbsent(line.value(), url(config, line.key(), line.value(), null, null));
            }
        }
        for (Path file : config.fleet().targetFiles()) {
            for (TargetsFile.Line line : TargetsFile.read(file, environment)) {
                byUrl.putIfAbsent(line.url(), url(config, JdbcUrls.redact(line.url()), line.url(), null, null));
            }
        }
        if (byUrl.isEmpty()) {
            throw new MigrationError("the fleet has no targets: [targets] and the targets files list none and"
                    + " discovery found none; check the discover rule or the --targets file");
        }
        return List.copyOf(byUrl.values());
    }

    /** One target per DataSource, named {@code target 1}, {@code target 2}, ... in list order. */
    public static List<FleetTarget> of(MigrateConfig config, List<DataSource> dataSources) {
        Map<String, DataSource> named = new LinkedHashMap<>();
        for (int i = 0; i < dataSources.size(); i++) {
            named.put("target " + (i + 1), dataSources.get(i));
        }
        return named(config, named);
    }

    /** One target per DataSource, named by its key, in the map's order. */
    public static List<FleetTarget> named(MigrateConfig config, Map<String, DataSource> dataSources) {
        MigrateConfig own = config.toBuilder().fleet(MigrateConfig.Fleet.NONE).build();
        List<FleetTarget> targets = new ArrayList<>();
        dataSources.forEach((name, dataSource) -> targets.add(new FleetTarget(name, own,
                ConnectionSource.of(dataSource), null, null)));
        return List.copyOf(targets);
    }

    private static List<FleetTarget> discovered(MigrateConfig config, Discovery discovery) {
        Discovery.Found found = discovery.run(ConnectionSource.of(config));
        List<FleetTarget> targets = new ArrayList<>();
        for (String name : found.names()) {
            if (!TargetUrls.isPlainName(name)) {
                throw new MigrationError("discovery found '" + name + "', which is not a plain name (letters, digits,"
                        + " _ and $); narrow the discover rule or the discovery_query");
            }
            boolean schema = found.kind() == Discovery.Kind.SCHEMA;
            String url = schema ? TargetUrls.withSchema(config.url(), name)
                    : TargetUrls.withDatabase(config.url(), name);
            targets.add(url(config, name, url, schema ? name : null, schema ? null : name));
        }
        return targets;
    }

    private static FleetTarget url(MigrateConfig config, String name, String url, String schema,
            String database) {
        MigrateConfig own = config.toBuilder().url(url).fleet(MigrateConfig.Fleet.NONE).build();
        ConnectionSource connections = OWN_USER.matcher(url).find()
                ? () -> DriverManager.getConnection(url)
                : ConnectionSource.of(own);
        return new FleetTarget(name, own, connections, schema, database);
    }
}
