package org.dbmigrate.internal.command;

import org.dbmigrate.internal.runtime.TestDatabase;
import org.junit.jupiter.api.Tag;

@Tag("h2")
class H2OfflineFormsTest extends AbstractOfflineFormsTest {

    @Override
    TestDatabase newDatabase(String what) throws Exception {
        return new TestDatabase.H2(what);
    }

    @Override
    String forms() {
        return String.join("\n",
                "CREATE TABLE forms (id INT PRIMARY KEY, note VARCHAR(100)) -- the delimiter is on the next line",
                ";",
                "INSERT INTO forms VALUES (1, 'a;b') -- a comment; with a semicolon",
                ";",
                "INSERT INTO forms VALUES (2, '-- not a comment');",
                "/* a block; comment */ INSERT INTO forms VALUES (3, 'after a block comment');",
                "INSERT INTO forms VALUES (4, 'it''s; doubled') /* a comment; */;",
                "-- migrate:delimiter //",
                "INSERT INTO forms VALUES (5, 'custom delimiter') -- before it",
                "//",
                "-- migrate:delimiter ;",
                "INSERT INTO forms VALUES (6, 'multi", "line;')",
                "-- a comment line before the delimiter",
                ";",
                "INSERT INTO forms VALUES (7, 'last') -- no newline after the delimiter", ";");
    }

    @Override
    String check() {
        return "SELECT id || ':' || note FROM forms ORDER BY id";
    }
}
