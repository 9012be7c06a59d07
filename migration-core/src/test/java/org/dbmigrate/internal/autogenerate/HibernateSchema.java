package org.dbmigrate.internal.autogenerate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

/**
 * Lets real Hibernate create the schema for entity classes ({@code hbm2ddl create}), under Spring
 * Boot's naming or Hibernate's own: the reference autogenerate's JPA mapping is compared with.
 */
final class HibernateSchema {

    /** What Spring Boot's SpringImplicitNamingStrategy changes: a join table is the owner's table and the attribute. */
    public static final class SpringLikeImplicitNaming extends ImplicitNamingStrategyJpaCompliantImpl {
        private static final long serialVersionUID = 1L;

        @Override
        public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
            String name = source.getOwningPhysicalTableName() + "_"
                    + source.getAssociationOwningAttributePath().getProperty();
            return toIdentifier(name, source.getBuildingContext());
        }
    }

    private HibernateSchema() {
    }

    /** @param spring Spring Boot's naming (else Hibernate's defaults) */
    static void create(String url, String user, String password, boolean spring, List<Class<?>> entities) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(AvailableSettings.JAKARTA_JDBC_URL, url);
        settings.put(AvailableSettings.JAKARTA_JDBC_USER, user);
        settings.put(AvailableSettings.JAKARTA_JDBC_PASSWORD, password == null ? "" : password);
        settings.put(AvailableSettings.HBM2DDL_AUTO, "create");
        settings.put("hibernate.connection.pool_size", "1");
        if (url.startsWith("jdbc:mysql:")) {
            // Connector/J's keyword lookup fails on MariaDB 11 (no KEYWORDS.RESERVED column), and Hibernate then
            // cannot pick a dialect; name the one it picks from MariaDB's metadata ("5.5.5") on 10.x.
            settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
            settings.put("hibernate.dialect", "org.hibernate.dialect.MySQLDialect");
            settings.put("jakarta.persistence.database-product-name", "MySQL");
            settings.put("jakarta.persistence.database-major-version", "5");
            settings.put("jakarta.persistence.database-minor-version", "5");
        }
        if (spring) {
            settings.put(AvailableSettings.PHYSICAL_NAMING_STRATEGY, CamelCaseToUnderscoresNamingStrategy.class.getName());
            settings.put(AvailableSettings.IMPLICIT_NAMING_STRATEGY, SpringLikeImplicitNaming.class.getName());
        }
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entities.forEach(sources::addAnnotatedClass);
            sources.buildMetadata().buildSessionFactory().close();
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
