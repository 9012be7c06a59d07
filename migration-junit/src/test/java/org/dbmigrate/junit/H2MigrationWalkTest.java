package org.dbmigrate.junit;

import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Tag;

/** The kit on H2, through its own {@link EmbeddedDatabase} extension. */
@Tag("h2")
class H2MigrationWalkTest extends AbstractMigrationWalkTest {

    @RegisterExtension
    EmbeddedDatabase db = new EmbeddedDatabase();

    @Override
    DataSource dataSource() {
        return db.dataSource();
    }

    @Override
    String url() {
        return db.url();
    }
}
