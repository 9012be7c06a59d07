package org.dbmigrate.spring.boot;

import org.dbmigrate.config.MigrateConfig;
import org.springframework.core.env.Environment;

/**
 * Autogenerate maps the application's entities with the application's own naming (issue 20 point
 * 3): {@code spring.jpa.hibernate.naming.physical-strategy} (Spring's when unset, as Spring Boot
 * does) and Hibernate's {@code storage_engine} for tables created on MySQL/MariaDB.
 */
final class JpaNaming {

    static final String PHYSICAL_STRATEGY = "spring.jpa.hibernate.naming.physical-strategy";
    static final String STORAGE_ENGINE = "spring.jpa.properties.hibernate.dialect.storage_engine";

    private JpaNaming() {
    }

    static MigrateConfig.Mapping of(Environment environment) {
        String strategy = environment.getProperty(PHYSICAL_STRATEGY, "");
        String naming = switch (strategy.strip()) {
            // Boot 3's default, Boot 4's (Hibernate 7's name for the same rule), and Boot 2's own
            case "", "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy",
                    "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl",
                    "org.springframework.boot.orm.jpa.hibernate.SpringPhysicalNamingStrategy" -> "spring";
            case "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl" -> "hibernate";
            default -> strategy.strip();
        };
        return new MigrateConfig.Mapping(naming, environment.getProperty(STORAGE_ENGINE, "InnoDB"));
    }
}
