package ${package};

import java.nio.file.Path;
import org.dbmigrate.junit.EmbeddedDatabase;
import org.dbmigrate.junit.MigrationWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every revision, one at a time: up, down and up again (the downgrade must restore the schema),
 * then all the way down, on a fresh in-memory H2 database. To test on your real database, pass
 * its DataSource instead of db.dataSource().
 */
class MigrationsTest {

    @RegisterExtension
    EmbeddedDatabase db = new EmbeddedDatabase();

    @Test
    void everyRevisionUpgradesAndDowngradesCleanly() {
        MigrationWalk.of(Path.of("migrate.conf"), db.dataSource())
                // Seed the rows a revision migrates, and check them after it, e.g.:
                // .beforeUpgrade("002", c -> c.createStatement().execute("INSERT INTO app_setting VALUES ('a', 'b')"))
                // .afterUpgrade("002", c -> ...assertions...)
                .run();
    }
}
