package org.dbmigrate.operations;

import java.util.Map;
import org.dbmigrate.internal.runtime.TestDatabase;
import org.junit.jupiter.api.Tag;

@Tag("mariadb")
class MariaDbOperationsTest extends AbstractOperationsDatabaseTest {

    @Override
    TestDatabase newDatabase() throws Exception {
        return new TestDatabase.MariaDb("ops");
    }

    @Override
    Map<String, String> typeNames() {
        return Map.ofEntries(Map.entry("integer", "int"),
                Map.entry("bigint", "bigint"),
                Map.entry("varchar", "varchar"),
                Map.entry("text", "text"),
                Map.entry("bool", "bit"),
                Map.entry("decimal", "decimal"),
                Map.entry("date", "date"),
                Map.entry("timestamp", "datetime"),
                Map.entry("blob", "longblob"),
                Map.entry("json", "longtext"),
                Map.entry("uuid", "char"));
    }
}
