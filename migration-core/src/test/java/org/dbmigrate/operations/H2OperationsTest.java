package org.dbmigrate.operations;

import java.util.Map;
import org.dbmigrate.internal.runtime.TestDatabase;
import org.junit.jupiter.api.Tag;

@Tag("h2")
class H2OperationsTest extends AbstractOperationsDatabaseTest {

    @Override
    TestDatabase newDatabase() throws Exception {
        return new TestDatabase.H2("ops");
    }

    @Override
    Map<String, String> typeNames() {
        return Map.ofEntries(Map.entry("integer", "integer"),
                Map.entry("bigint", "bigint"),
                Map.entry("varchar", "character varying"),
                // H2 reads TEXT as CHARACTER VARYING (up to 1,000,000 characters)
                Map.entry("text", "character varying"),
                Map.entry("bool", "boolean"),
                Map.entry("decimal", "decimal"),
                Map.entry("date", "date"),
                Map.entry("timestamp", "timestamp"),
                Map.entry("blob", "binary large object"),
                Map.entry("json", "json"),
                Map.entry("uuid", "uuid"));
    }
}
