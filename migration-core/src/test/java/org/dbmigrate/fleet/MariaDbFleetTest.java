package org.dbmigrate.fleet;

/** 50 shop databases on the MariaDB server. */
class MariaDbFleetTest extends AbstractFleetTest {

    @Override
    FleetServer newServer() throws Exception {
        return new FleetServer.MariaDb(50);
    }
}
