package org.dbmigrate.internal.autogenerate;

import org.dbmigrate.internal.runtime.TestDatabase;
import org.junit.jupiter.api.Tag;

@Tag("mariadb")
class MariaDbAutogenerateTest extends AbstractAutogenerateTest {

    @Override
    TestDatabase newDatabase(String what) throws Exception {
        return new TestDatabase.MariaDb(what);
    }

    @Override
    String tableComment(String table, String comment) {
        return "ALTER TABLE " + table + " COMMENT = '" + comment.replace("'", "''") + "';";
    }

    @Override
    String columnWithComment(String table, String column, String type, String comment) {
        return "CREATE TABLE a (id INT NOT NULL, " + column + " " + type + " COMMENT '" + comment + "',"
                + " CONSTRAINT pk_a PRIMARY KEY (id));";
    }

    @Override
    String[] sameSchemaSpelledTwice() {
        return new String[] {"CREATE TABLE t (id int(11) NOT NULL AUTO_INCREMENT PRIMARY KEY, n int(11) DEFAULT 0,"
                + " s varchar(20) DEFAULT 'x', ts datetime DEFAULT current_timestamp(), b tinyint(1) DEFAULT 1,"
                + " d decimal(8,2) DEFAULT -1.00);",
                "CREATE TABLE t (id INTEGER NOT NULL AUTO_INCREMENT, n INT DEFAULT '0', s VARCHAR(20) DEFAULT 'x',"
                + " ts DATETIME DEFAULT CURRENT_TIMESTAMP, b BOOLEAN DEFAULT TRUE, d DECIMAL(8,2) DEFAULT '-1.00',"
                + " PRIMARY KEY (id));"};
    }
}
