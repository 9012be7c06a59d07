package org.dbmigrate.internal.fleet;

import org.junit.jupiter.api.Tag;

/** 200 tenant schemas in one PostgreSQL database. */
@Tag("postgresql")
@Tag("heavy")
class PostgresFleetTest extends AbstractFleetTest {

    @Override
    FleetServer newServer() throws Exception {
        return new FleetServer.Postgres(200);
    }
}
