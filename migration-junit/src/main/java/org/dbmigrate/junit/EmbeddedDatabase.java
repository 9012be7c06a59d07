package org.dbmigrate.junit;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension giving each test its own empty in-memory H2 database, dropped after it.
 *
 * <pre>{@code
 * @RegisterExtension
 * EmbeddedDatabase db = new EmbeddedDatabase();
 *
 * @Test
 * void walk() {
 *     MigrationWalk.of(config, db.dataSource()).run();
 * }
 * }</pre>
 */
public final class EmbeddedDatabase implements BeforeEachCallback, AfterEachCallback {

    private JdbcDataSource dataSource;

    @Override
    public void beforeEach(ExtensionContext context) {
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        dataSource = new JdbcDataSource();
        // DB_CLOSE_DELAY=-1 keeps the database between connections until SHUTDOWN
        dataSource.setURL("jdbc:h2:mem:dbm_test_" + HexFormat.of().formatHex(random) + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        dataSource.setPassword("");
    }

    @Override
    public void afterEach(ExtensionContext context) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
        dataSource = null;
    }

    public DataSource dataSource() {
        if (dataSource == null) {
            throw new IllegalStateException("EmbeddedDatabase is ready inside a test only; register it with"
                    + " @RegisterExtension on an instance field");
        }
        return dataSource;
    }

    /** The JDBC URL, for a config that needs one. */
    public String url() {
        dataSource();
        return dataSource.getURL();
    }
}
