package org.dbmigrate.spring.boot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dbmigrate.config.MigrateConfig;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.util.StringUtils;

/**
 * The {@code dbmigrate.*} settings of an application. Defaults match db-manage's, so the same
 * revisions behave the same from either.
 */
@ConfigurationProperties("dbmigrate")
public class DbMigrateProperties {

    /** Whether the application migrates its database at start-up. */
    private boolean enabled = true;

    /**
     * Where the revisions are: the first location holds {@code versions/} (as db-manage's
     * {@code script_location}); further locations are extra folders of revision files. Plain paths,
     * {@code filesystem:} or {@code classpath:}.
     */
    private List<String> locations = new ArrayList<>(List.of("classpath:db/migrations"));

    /** What to upgrade to: {@code heads} applies every branch the application ships. */
    private String target = "heads";

    /** The table holding the current revisions. */
    private String versionTable = "migrate_version";

    /** The table recording every step that ran. */
    private String historyTable = "migrate_history";

    /** How long to wait for another instance that holds the migration lock. */
    private Duration lockTimeout = Duration.ofSeconds(60);

    /** Commit after each revision; false runs the whole upgrade in one transaction. */
    private boolean transactionPerMigration = true;

    /** Whether downgrades are allowed (for a strategy bean that downgrades). */
    private boolean downgrade = true;

    /** JDBC URL of a separate migration connection; the application's DataSource when empty. */
    private String url;

    /** User of the migration connection (with the application's URL when {@code url} is empty). */
    private String user;

    /** Password of the migration connection; never logged. */
    private String password;

    /** Stop start-up when the database holds revisions this application does not know. */
    private boolean failWhenAhead = false;

    /** Do not migrate: stop start-up when revisions are pending. */
    private boolean checkOnly = false;

    /** A fleet to migrate instead of the application's DataSource (as db-manage's {@code [targets]}). */
    @NestedConfigurationProperty
    private final Targets targets = new Targets();

    public Targets getTargets() {
        return targets;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public List<String> getLocations() {
        return locations;
    }

    public void setLocations(List<String> locations) {
        this.locations = locations;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getVersionTable() {
        return versionTable;
    }

    public void setVersionTable(String versionTable) {
        this.versionTable = versionTable;
    }

    public String getHistoryTable() {
        return historyTable;
    }

    public void setHistoryTable(String historyTable) {
        this.historyTable = historyTable;
    }

    public Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public boolean isTransactionPerMigration() {
        return transactionPerMigration;
    }

    public void setTransactionPerMigration(boolean transactionPerMigration) {
        this.transactionPerMigration = transactionPerMigration;
    }

    public boolean isDowngrade() {
        return downgrade;
    }

    public void setDowngrade(boolean downgrade) {
        this.downgrade = downgrade;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isFailWhenAhead() {
        return failWhenAhead;
    }

    public void setFailWhenAhead(boolean failWhenAhead) {
        this.failWhenAhead = failWhenAhead;
    }

    public boolean isCheckOnly() {
        return checkOnly;
    }

    public void setCheckOnly(boolean checkOnly) {
        this.checkOnly = checkOnly;
    }

    /**
     * {@code dbmigrate.targets.*}: the databases or schemas of a fleet, connected to with
     * {@code dbmigrate.url/user/password} (else {@code spring.datasource.*}).
     */
    public static class Targets {

        /** Target name to JDBC URL ({@code [targets] name = jdbc:...}). */
        private Map<String, String> urls = new LinkedHashMap<>();

        /** {@code schemas like 'tenant%'} or {@code databases like 'shop_%'}: one target per name found. */
        private String discover;

        /** A SELECT whose first column names the schemas (or databases) to migrate. */
        private String discoveryQuery;

        /** How many targets are migrated at the same time. */
        private int parallel = 1;

        /** After a target fails, start no new ones. */
        private boolean failFast = false;

        /** The targets as {@code [targets]} lines would give them; empty when none are configured. */
        public List<MigrateConfig.ListedTarget> listed() {
            List<MigrateConfig.ListedTarget> lines = new ArrayList<>();
            urls.forEach((name, url) -> lines.add(new MigrateConfig.ListedTarget(name, url,
                    "dbmigrate.targets.urls." + name)));
            if (StringUtils.hasText(discover)) {
                lines.add(new MigrateConfig.ListedTarget("discover", discover, "dbmigrate.targets.discover"));
            }
            if (StringUtils.hasText(discoveryQuery)) {
                lines.add(new MigrateConfig.ListedTarget("discovery_query", discoveryQuery,
                        "dbmigrate.targets.discovery-query"));
            }
            return lines;
        }

        public Map<String, String> getUrls() {
            return urls;
        }

        public void setUrls(Map<String, String> urls) {
            this.urls = urls;
        }

        public String getDiscover() {
            return discover;
        }

        public void setDiscover(String discover) {
            this.discover = discover;
        }

        public String getDiscoveryQuery() {
            return discoveryQuery;
        }

        public void setDiscoveryQuery(String discoveryQuery) {
            this.discoveryQuery = discoveryQuery;
        }

        public int getParallel() {
            return parallel;
        }

        public void setParallel(int parallel) {
            this.parallel = parallel;
        }

        public boolean isFailFast() {
            return failFast;
        }

        public void setFailFast(boolean failFast) {
            this.failFast = failFast;
        }
    }
}
