package org.dbmigrate.spring.boot;

import org.dbmigrate.Migrator;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The {@code dbmigrate} Actuator endpoint, when Actuator is on the class path and the endpoint is exposed. */
@AutoConfiguration(after = DbMigrateAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
@ConditionalOnAvailableEndpoint(endpoint = DbMigrateEndpoint.class)
public class DbMigrateEndpointAutoConfiguration {

    @Bean
    @ConditionalOnBean(Migrator.class)
    @ConditionalOnMissingBean
    public DbMigrateEndpoint dbMigrateEndpoint(Migrator migrator) {
        return new DbMigrateEndpoint(migrator);
    }
}
