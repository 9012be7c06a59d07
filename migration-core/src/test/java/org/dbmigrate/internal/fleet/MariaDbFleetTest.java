package org.dbmigrate.internal.fleet;

import org.junit.jupiter.api.Tag;

/** 50 shop databases on the MariaDB server. */
@Tag("mariadb")
@Tag("heavy")
class MariaDbFleetTest extends AbstractFleetTest {

    @Override
    FleetServer newServer() throws Exception {
        return new FleetServer.MariaDb(50);
    }
}
