package org.dbmigrate.spring.boot;

import org.dbmigrate.Migrator;

/**
 * What the application does with its database at start-up. Declare a bean of this type to replace
 * the default (upgrade to {@code dbmigrate.target}), e.g. only check:
 * <pre>{@code @Bean DbMigrateStrategy checkOnly() { return migrator -> migrator.checkMigration(); }}</pre>
 * A {@link org.dbmigrate.error.MigrationError} thrown here stops start-up with its one line.
 */
@FunctionalInterface
public interface DbMigrateStrategy {

    void migrate(Migrator migrator);
}
