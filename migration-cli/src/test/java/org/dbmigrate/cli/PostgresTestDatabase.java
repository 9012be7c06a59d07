package org.dbmigrate.cli;

import java.nio.file.Path;
import java.sql.SQLException;
import org.dbmigrate.testsupport.ServerDatabase;

/** A fresh PostgreSQL database dbm_cli_<hex> on the server named by test.pg.url. */
final class PostgresTestDatabase implements TestDatabase {

    private final ServerDatabase server = ServerDatabase.postgres(ServerDatabase.randomName("dbm_cli"));

    PostgresTestDatabase() throws SQLException {
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
        return server.user();
    }

    @Override
    public void applyScript(Path script) throws Exception {
        server.runScript(script);
    }

    @Override
    public void close() throws SQLException {
        server.close();
    }
}
