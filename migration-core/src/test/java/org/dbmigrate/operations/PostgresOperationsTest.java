package org.dbmigrate.operations;

import java.util.Map;
import org.dbmigrate.internal.runtime.TestDatabase;
import org.junit.jupiter.api.Tag;

@Tag("postgresql")
class PostgresOperationsTest extends AbstractOperationsDatabaseTest {

    @Override
    TestDatabase newDatabase() throws Exception {
        return new TestDatabase.Postgres("ops");
    }

    @Override
    Map<String, String> typeNames() {
        return Map.ofEntries(Map.entry("integer", "int4"),
                Map.entry("bigint", "int8"),
                Map.entry("varchar", "varchar"),
                Map.entry("text", "text"),
                Map.entry("bool", "bool"),
                Map.entry("decimal", "numeric"),
                Map.entry("date", "date"),
                Map.entry("timestamp", "timestamp"),
                Map.entry("blob", "bytea"),
                Map.entry("json", "jsonb"),
                Map.entry("uuid", "uuid"));
    }
}
