package org.dbmigrate.internal.script;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The statements the splitter cuts from a revision file are ones the real server accepts: quoting,
 * dollar bodies and delimiter changes end up where the server expects them. Each test works in its
 * own database and fails when the server cannot be reached.
 */
abstract class SplitStatementsOnDatabaseTest {

    abstract String adminUrl();

    abstract String user();

    abstract String urlFor(String database);

    abstract SqlSyntax syntax();

    /** The upgrade section under test and the rows of {@code SELECT s FROM t ORDER BY n} it should leave. */
    abstract String upgrade();

    abstract List<String> expectedRows();

    @Test
    void splitStatementsRunAsWritten() throws SQLException {
        String database = "dbm_split_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        try (Connection admin = DriverManager.getConnection(adminUrl(), user(), "");
                Statement ddl = admin.createStatement()) {
            ddl.execute("CREATE DATABASE " + database);
            try {
                assertEquals(expectedRows(), runAndRead(database));
            } finally {
                ddl.execute("DROP DATABASE " + database);
            }
        }
    }

    private List<String> runAndRead(String database) throws SQLException {
        String text = RevisionFiles.header("001", "", "split", "") + "\n-- migrate:upgrade\n" + upgrade();
        RevisionScript script = RevisionFileParser.parse(Path.of("001_split.sql"), "001_split.sql", text, syntax())
                .script();
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(urlFor(database), user(), "");
                Statement statement = connection.createStatement()) {
            for (SqlStatement sql : script.upgrade().statements()) {
                statement.execute(sql.sql());
            }
            try (ResultSet result = statement.executeQuery("SELECT s FROM t ORDER BY n")) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
        }
        return rows;
    }
}

@Tag("postgresql")
class SplitStatementsOnPostgresTest extends SplitStatementsOnDatabaseTest {

    @Override
    String adminUrl() {
        return System.getProperty("test.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    }

    @Override
    String user() {
        return System.getProperty("test.pg.user", "postgres");
    }

    @Override
    String urlFor(String database) {
        return adminUrl().replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
    }

    @Override
    SqlSyntax syntax() {
        return SqlSyntax.STANDARD;
    }

    @Override
    String upgrade() {
        return """
                CREATE TABLE t (n INT, s TEXT);
                INSERT INTO t VALUES (1, 'it''s; fine'), (2, E'tab\\there;'), (3, 'C:\\');
                /* a comment; /* nested; */ still comment; */
                CREATE FUNCTION add_row(k INT) RETURNS void AS $fn$
                BEGIN
                  INSERT INTO t VALUES (k, 'from $$ body;');
                END;
                $fn$ LANGUAGE plpgsql;
                DO $$
                BEGIN
                  PERFORM add_row(4);
                END;
                $$;
                INSERT INTO "t" ("n", "s") VALUES (5, $x$ dollar ' quote; $x$);
                """;
    }

    @Override
    List<String> expectedRows() {
        return List.of("it's; fine", "tab\there;", "C:\\", "from $$ body;", " dollar ' quote; ");
    }
}

@Tag("mariadb")
class SplitStatementsOnMariadbTest extends SplitStatementsOnDatabaseTest {

    @Override
    String adminUrl() {
        return System.getProperty("test.mariadb.url",
                "jdbc:mysql://127.0.0.1:3306/test?sslMode=DISABLED&allowPublicKeyRetrieval=true");
    }

    @Override
    String user() {
        return System.getProperty("test.mariadb.user", "root");
    }

    @Override
    String urlFor(String database) {
        return adminUrl().replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
    }

    @Override
    SqlSyntax syntax() {
        return SqlSyntax.MYSQL;
    }

    @Override
    String upgrade() {
        return """
                CREATE TABLE t (n INT, s TEXT, `odd;name` INT);
                # a hash comment with a quote: it's
                INSERT INTO t (n, s) VALUES (1, 'it\\'s; fine'), (2, "say \\"hi\\";"), (3, 'two''quotes');
                -- migrate:delimiter //
                CREATE PROCEDURE add_row(k INT)
                BEGIN
                  INSERT INTO t (n, s) VALUES (k, 'from procedure;');
                END //
                -- migrate:delimiter ;
                CALL add_row(4);
                """;
    }

    @Override
    List<String> expectedRows() {
        return List.of("it's; fine", "say \"hi\";", "two'quotes", "from procedure;");
    }
}
