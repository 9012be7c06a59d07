package org.dbmigrate.spring.boot;

import org.dbmigrate.Migrator;
import org.dbmigrate.error.MigrationError;
import org.springframework.beans.factory.InitializingBean;

/**
 * Runs the start-up strategy when the bean is created. The EntityManagerFactory, JdbcTemplate and
 * friends depend on this bean ({@link DbMigrateDependsOnPostProcessor}), so the schema is in place
 * before they start. A dbmigrate error becomes {@link DbMigrateStartupError} with the same line.
 */
public class DbMigrateInitializer implements InitializingBean {

    /** The bean name others are made to depend on. */
    public static final String BEAN_NAME = "dbMigrateInitializer";

    private final Migrator migrator;
    private final DbMigrateStrategy strategy;

    public DbMigrateInitializer(Migrator migrator, DbMigrateStrategy strategy) {
        this.migrator = migrator;
        this.strategy = strategy;
    }

    @Override
    public void afterPropertiesSet() {
        try {
            strategy.migrate(migrator);
        } catch (MigrationError e) {
            throw new DbMigrateStartupError(e.getMessage(), "Fix what the line above names and start again;"
                    + " dbmigrate.enabled=false starts the application without migrating", e);
        }
    }
}
