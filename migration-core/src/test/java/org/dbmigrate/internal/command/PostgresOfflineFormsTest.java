package org.dbmigrate.internal.command;

import org.dbmigrate.internal.runtime.TestDatabase;
import org.junit.jupiter.api.Tag;

@Tag("postgresql")
class PostgresOfflineFormsTest extends AbstractOfflineFormsTest {

    @Override
    TestDatabase newDatabase(String what) throws Exception {
        return new TestDatabase.Postgres(what);
    }

    @Override
    String forms() {
        return String.join("\n",
                "CREATE TABLE forms (id INT PRIMARY KEY, note TEXT) -- the delimiter is on the next line",
                ";",
                "INSERT INTO forms VALUES (1, 'a;b') -- a comment; with a semicolon",
                ";",
                "INSERT INTO forms VALUES (2, '-- not a comment');",
                "/* a block; comment */ INSERT INTO forms VALUES (3, 'after a block comment');",
                "INSERT INTO forms VALUES (4, 'nested') /* outer /* inner; */ still outer; */;",
                "CREATE FUNCTION f() RETURNS int AS $$",
                "BEGIN",
                "  RETURN 5; -- inside the body",
                "END;",
                "$$ LANGUAGE plpgsql -- after the body",
                ";",
                "INSERT INTO forms VALUES (6, $tag$dollar; 'quoted'$tag$);",
                "INSERT INTO forms VALUES (7, E'escaped\\' quote;');",
                "-- migrate:delimiter //",
                "CREATE FUNCTION g() RETURNS int AS 'SELECT 8; ' LANGUAGE sql -- before the delimiter",
                "//",
                "-- migrate:delimiter ;",
                "INSERT INTO forms VALUES (9, 'multi", "line;')",
                "-- a comment line before the delimiter",
                ";",
                "INSERT INTO forms VALUES (10, 'last') -- no newline after the delimiter", ";");
    }

    @Override
    String check() {
        return "SELECT id || ':' || note FROM forms UNION ALL SELECT 'f:' || f() UNION ALL SELECT 'g:' || g()"
                + " ORDER BY 1";
    }
}
