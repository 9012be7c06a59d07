package org.dbmigrate.cli;

import java.nio.file.Path;
import java.sql.SQLException;
import org.dbmigrate.testsupport.ServerDatabase;

/** A fresh database dbm_cli_<hex> on the PostgreSQL server of test.pg.url or the MariaDB one of test.mariadb.url. */
final class ServerTestDatabase implements TestDatabase {

    private static final String[] HOSTS = {"%", "localhost", "127.0.0.1"};

    private final ServerDatabase server;
    private final boolean ownUser;

    private ServerTestDatabase(ServerDatabase server, boolean ownUser) {
        this.server = server;
        this.ownUser = ownUser;
    }

    static ServerTestDatabase postgres() throws SQLException {
        return new ServerTestDatabase(ServerDatabase.postgres(ServerDatabase.randomName("dbm_cli")), false);
    }

    /** With a user of the database's name whose password is {@link #PASSWORD}, so a wrong or missing one would fail. */
    static ServerTestDatabase mariaDb() throws SQLException {
        ServerDatabase server = ServerDatabase.mariaDb(ServerDatabase.randomName("dbm_cli"));
        String name = server.name();
        for (String host : HOSTS) {
            server.admin("CREATE USER '" + name + "'@'" + host + "' IDENTIFIED BY '" + PASSWORD + "'",
                    "GRANT ALL ON " + name + ".* TO '" + name + "'@'" + host + "'",
                    // autogenerate's schema: model runs schema.sql in a scratch database dbm_scratch_<hex>
                    "GRANT ALL ON `dbm\\_scratch\\_%`.* TO '" + name + "'@'" + host + "'");
        }
        return new ServerTestDatabase(server, true);
    }

    @Override
    public String url() {
        return server.url();
    }

    @Override
    public String refusedUrl() {
        // the same URL with port 1, where nothing listens
        return url().replaceFirst("//([^:/?]+)(:\\d+)?/", "//$1:1/");
    }

    @Override
    public String user() {
        return ownUser ? server.name() : server.user();
    }

    @Override
    public void applyScript(Path script) throws Exception {
        if (ownUser) {
            server.runScript(script, user(), PASSWORD);
        } else {
            server.runScript(script);
        }
    }

    @Override
    public void close() throws SQLException {
        server.close();
        for (String host : ownUser ? HOSTS : new String[0]) {
            server.admin("DROP USER IF EXISTS '" + server.name() + "'@'" + host + "'");
        }
    }
}
