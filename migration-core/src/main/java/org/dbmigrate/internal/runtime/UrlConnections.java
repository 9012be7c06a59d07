package org.dbmigrate.internal.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import org.dbmigrate.config.JdbcUrls;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.internal.dialect.DatabaseKind;
import org.dbmigrate.internal.dialect.UnsupportedDatabaseError;
import org.dbmigrate.internal.script.SqlSyntax;

/**
 * Connections from the configured JDBC URL. Which database it is comes from the URL, so offline
 * scripts need no connection. Credentials written into the URL ({@code ?user=root&password=...},
 * {@code //user:pw@host}) win over empty settings; set in both places and different, they are refused.
 */
final class UrlConnections implements ConnectionSource {

    private final MigrateConfig config;
    private final ConnectionOpener opener;
    private final TimedConnections timed;
    /** The first attempt, already under way (see {@link #connectAhead}), else null. */
    private final ConnectAhead ahead;

    UrlConnections(MigrateConfig config) {
        this(config, new ConnectionOpener(config.connect(), config.schemas(), JdbcUrls.redact(config.url())),
                new TimedConnections(config), null);
    }

    private UrlConnections(MigrateConfig config, ConnectionOpener opener, TimedConnections timed, ConnectAhead ahead) {
        this.config = config;
        this.opener = opener;
        this.timed = timed;
        this.ahead = ahead;
    }

    /** One connection: time limits on the way in ({@link TimedConnections}), then retries, init SQL and schema. */
    @Override
    public Connection open() throws SQLException {
        if (ahead != null && ahead.claim()) {
            return opener.open(new ConnectionOpener.RawOpen() {
                private boolean first = true;

                @Override
                public Connection open() throws SQLException {
                    if (first) {
                        first = false;
                        return ahead.take();
                    }
                    return timed.open(credentials()); // connect_retries: the next attempts, here
                }
            }, c -> kind());
        }
        Properties credentials = credentials();
        return opener.open(() -> timed.open(credentials), c -> kind());
    }

    /**
     * The driver's connect starts now on its own thread; the first {@link #open} takes it. Settings
     * that fail before connecting (a user set twice) start nothing: {@link #open} reports them as
     * before. Nor does H2: opening its file takes the file (and may start the AUTO_SERVER other
     * deployers join), which must not happen before the command knows it will run.
     */
    @Override
    public Ahead connectAhead() {
        Properties credentials;
        try {
            credentials = credentials();
            if (kind() == DatabaseKind.H2) {
                return ConnectionSource.super.connectAhead();
            }
        } catch (RuntimeException reportedWhenConnecting) { // an unsupported URL too, reported where it was
            return ConnectionSource.super.connectAhead();
        }
        UrlConnections early = new UrlConnections(config, opener, timed,
                ConnectAhead.start(() -> timed.open(credentials)));
        return new AheadSource(early, early.ahead);
    }

    @Override
    public DatabaseKind kind() {
        return DatabaseKind.forUrl(config.url());
    }

    /** Graph-only commands work whatever the URL names; connecting then reports the URL. */
    @Override
    public SqlSyntax sqlSyntax() {
        try {
            return SqlSyntax.of(kind());
        } catch (UnsupportedDatabaseError e) {
            return SqlSyntax.STANDARD;
        }
    }

    /** Only what the settings hold: an empty user must not hide the URL's own (issue: "Access denied for user ''"). */
    private Properties credentials() {
        Properties properties = new Properties();
        Optional<String> urlUser = JdbcUrls.user(config.url());
        Optional<String> urlPassword = JdbcUrls.password(config.url());
        String user = config.user();
        String password = config.password().reveal();
        if (!user.isEmpty()) {
            if (urlUser.isPresent() && !urlUser.get().equals(user)) {
                throw new MigrationError("the database user is set twice: '" + urlUser.get() + "' in the URL and '"
                        + user + "' in the user setting ([database] user or -Dmigrate.user); remove one");
            }
            properties.setProperty("user", user);
        }
        if (!password.isEmpty()) {
            if (urlPassword.isPresent() && !urlPassword.get().equals(password)) {
                throw new MigrationError("the database password is set twice, differently: in the URL and in the"
                        + " password setting ([database] password or -Dmigrate.password); remove one");
            }
            properties.setProperty("password", password);
        }
        return properties;
    }

    @Override
    public Optional<String> takeCreatedSchema() {
        return opener.takeCreatedSchema();
    }
}
