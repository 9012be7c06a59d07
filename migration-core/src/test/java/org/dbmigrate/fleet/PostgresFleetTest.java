package org.dbmigrate.fleet;

/** 200 tenant schemas in one PostgreSQL database. */
class PostgresFleetTest extends AbstractFleetTest {

    @Override
    FleetServer newServer() throws Exception {
        return new FleetServer.Postgres(200);
    }
}
