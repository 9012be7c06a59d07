package org.dbmigrate.spring.boot;

import java.util.Map;
import javax.sql.DataSource;

/**
 * The databases (or schemas) of a fleet the application migrates at start-up, e.g. one DataSource
 * per tenant. Declare a bean of this type and start-up upgrades every one of them, at most
 * {@code dbmigrate.targets.parallel} at a time, instead of the application's DataSource:
 * <pre>{@code @Bean DbMigrateTargets tenants(TenantRegistry registry) { return registry::dataSources; }}</pre>
 */
@FunctionalInterface
public interface DbMigrateTargets {

    /** Each target by the name the fleet summary gives it (a tenant's name), in the order to migrate them. */
    Map<String, DataSource> dataSources();
}
