package org.dbmigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** db-manage end to end on MariaDB through MySQL Connector/J (test.mariadb.url), and MariaDB Connector/J. */
@Tag("mariadb")
class MariaDbDbManageIT extends AbstractDbManageIT {

    @Override
    TestDatabase createDatabase(Path folder) throws Exception {
        return ServerTestDatabase.mariaDb();
    }

    /** The jar ships MariaDB Connector/J: {@code jdbc:mariadb:} URLs work as the README says. */
    @Test
    void mariadbUrlPrefixWorksEndToEnd() throws Exception {
        String url = database().url().replace("jdbc:mysql:", "jdbc:mariadb:").replaceFirst("\\?.*$", "");
        ok("--database-connection", url, "upgrade", "head");
        assertEquals("004 (head)", ok("--database-connection", url, "current").out().strip());
        ok("--database-connection", url, "downgrade", "002");
        assertEquals("002", ok("--database-connection", url, "current").out().strip());
    }
}
