package org.dbmigrate.autogenerate;

import org.dbmigrate.runtime.TestDatabase;

class PostgresAutogenerateTest extends AbstractAutogenerateTest {

    @Override
    TestDatabase newDatabase(String what) throws Exception {
        return new TestDatabase.Postgres(what);
    }

    @Override
    String tableComment(String table, String comment) {
        return "COMMENT ON TABLE " + table + " IS '" + comment.replace("'", "''") + "';";
    }

    @Override
    String columnWithComment(String table, String column, String type, String comment) {
        return "CREATE TABLE a (id INT NOT NULL, " + column + " " + type + ", CONSTRAINT pk_a PRIMARY KEY (id));\n"
                + "COMMENT ON COLUMN " + table + "." + column + " IS '" + comment + "';";
    }
}
