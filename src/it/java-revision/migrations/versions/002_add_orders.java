// Add orders table
//
// Revision: 002
// Revises: 001
// Create Date: 2026-11-22 10:05:00

import static org.dbmigrate.operations.Operations.*;

import org.dbmigrate.operations.Migration;
import org.dbmigrate.operations.Operations;

class AddOrders implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("orders", col("id", bigint()).primaryKey(), col("user_id", integer()).notNull());
    }
}
