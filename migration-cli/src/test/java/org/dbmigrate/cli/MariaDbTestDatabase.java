package org.dbmigrate.cli;

import java.nio.file.Path;
import java.sql.SQLException;
import org.dbmigrate.testsupport.ServerDatabase;

/**
 * A fresh MariaDB database dbm_cli_<hex> on the server named by test.mariadb.url, with a user of
 * the same name whose password is {@link #PASSWORD}, so a wrong or missing password would fail.
 */
final class MariaDbTestDatabase implements TestDatabase {

    private static final String[] HOSTS = {"%", "localhost", "127.0.0.1"};

    private final ServerDatabase server = ServerDatabase.mariaDb(ServerDatabase.randomName("dbm_cli"));

    MariaDbTestDatabase() throws SQLException {
        String name = server.name();
        for (String host : HOSTS) {
            server.admin("CREATE USER '" + name + "'@'" + host + "' IDENTIFIED BY '" + PASSWORD + "'",
                    "GRANT ALL ON " + name + ".* TO '" + name + "'@'" + host + "'",
                    // autogenerate's schema: model runs schema.sql in a scratch database dbm_scratch_<hex>
                    "GRANT ALL ON `dbm\\_scratch\\_%`.* TO '" + name + "'@'" + host + "'");
        }
    }

    @Override
    public String url() {
        return server.url();
    }

    @Override
    public String refusedUrl() {
        return TestDatabase.onPortOne(url());
    }

    @Override
    public String user() {
        return server.name();
    }

    @Override
    public void applyScript(Path script) throws Exception {
        server.runScript(script, user(), PASSWORD);
    }

    @Override
    public void close() throws SQLException {
        server.close();
        for (String host : HOSTS) {
            server.admin("DROP USER IF EXISTS '" + server.name() + "'@'" + host + "'");
        }
    }
}
