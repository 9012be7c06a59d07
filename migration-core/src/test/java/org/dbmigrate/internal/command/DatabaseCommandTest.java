package org.dbmigrate.internal.command;

import java.nio.file.Path;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.internal.runtime.RevisionFiles;
import org.dbmigrate.internal.runtime.RuntimeTestConfig;
import org.dbmigrate.internal.runtime.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command suites' fixture: revision files in a temp folder and a fresh database per test (its
 * name carries the suite's {@code what}), dropped after it. One thin subclass per database.
 */
abstract class DatabaseCommandTest {

    private final String what;

    @TempDir
    Path dir;

    TestDatabase db;
    RevisionFiles files;

    DatabaseCommandTest(String what) {
        this.what = what;
    }

    abstract TestDatabase newDatabase(String what) throws Exception;

    @BeforeEach
    void createDatabase() throws Exception {
        db = newDatabase(what);
        files = new RevisionFiles(dir);
    }

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    MigrateConfig config() {
        return RuntimeTestConfig.of(db, dir);
    }
}
