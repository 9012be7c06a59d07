package org.dbmigrate.autogenerate;

import org.dbmigrate.runtime.TestDatabase;

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
}
