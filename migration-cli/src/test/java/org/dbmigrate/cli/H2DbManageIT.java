package org.dbmigrate.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** db-manage end to end on an H2 file database. */
class H2DbManageIT extends AbstractDbManageIT {

    @Override
    TestDatabase createDatabase(Path folder) {
        return new H2TestDatabase(folder);
    }

    /** SPEC 3: a relative H2 URL goes to the driver as written, so it lands under the working directory. */
    @Test
    void relativeFileUrlIsRelativeToTheWorkingDirectory() {
        ok("--database-connection", "jdbc:h2:file:./target/migrate/app", "upgrade", "head");
        assertTrue(Files.isRegularFile(dir.resolve("target/migrate/app.mv.db")));
    }
}
