package org.dbmigrate.internal.command;

import org.dbmigrate.internal.runtime.TestDatabase;
import org.junit.jupiter.api.Tag;

@Tag("mariadb")
class MariaDbOfflineFormsTest extends AbstractOfflineFormsTest {

    @Override
    TestDatabase newDatabase(String what) throws Exception {
        return new TestDatabase.MariaDb(what);
    }

    @Override
    String forms() {
        return String.join("\n",
                "CREATE TABLE forms (id INT PRIMARY KEY, note VARCHAR(100)) -- the delimiter is on the next line",
                ";",
                "INSERT INTO forms VALUES (1, 'a;b') # a hash comment; with a semicolon",
                ";",
                "INSERT INTO forms VALUES (2, '-- not a comment');",
                "/* a block; comment */ INSERT INTO forms VALUES (3, 'after a block comment');",
                "INSERT INTO forms VALUES (4, 'it\\'s; escaped') /* a comment; */;",
                "-- migrate:delimiter //",
                "CREATE PROCEDURE p() BEGIN INSERT INTO forms VALUES (5, 'p;'); END -- before the delimiter",
                "//",
                "CREATE FUNCTION f() RETURNS INT DETERMINISTIC BEGIN RETURN 6; END",
                "//",
                "-- migrate:delimiter ;",
                "CALL p();",
                "/*!40101 INSERT INTO forms VALUES (7, 'executable comment') */;",
                "INSERT INTO forms VALUES (8, 'multi", "line;')",
                "-- a comment line before the delimiter",
                ";",
                "INSERT INTO forms VALUES (9, 'last') -- no newline after the delimiter", ";");
    }

    @Override
    String check() {
        return "SELECT CONCAT(id, ':', note) FROM forms UNION ALL SELECT CONCAT('f:', f()) ORDER BY 1";
    }
}
