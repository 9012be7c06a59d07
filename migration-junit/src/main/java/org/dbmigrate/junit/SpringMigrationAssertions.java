package org.dbmigrate.junit;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import java.util.stream.Collectors;
import org.dbmigrate.Migrator;
import org.springframework.context.ApplicationContext;

/**
 * {@link MigrationAssertions} for a Spring application's own context: its {@link Migrator} (the
 * dbmigrate starter's bean) and the entities of its {@link EntityManagerFactory}. Only this class
 * needs Spring and JPA on the class path (optional dependencies of migration-junit).
 */
public final class SpringMigrationAssertions {

    private SpringMigrationAssertions() {
    }

    /**
     * The context's revisions, upgraded to heads on the context's database, must match the entities
     * the context's EntityManagerFactory maps; fails listing each difference.
     */
    public static void assertModelsInSync(ApplicationContext context) {
        assertModelsInSync(context.getBean(Migrator.class), context.getBean(EntityManagerFactory.class));
    }

    /** The same with a migrator and an EntityManagerFactory from anywhere. */
    public static void assertModelsInSync(Migrator migrator, EntityManagerFactory entityManagerFactory) {
        String entities = entityManagerFactory.getMetamodel().getEntities().stream()
                .map(EntityType::getJavaType).map(Class::getName).sorted().collect(Collectors.joining(","));
        if (entities.isEmpty()) {
            throw new AssertionError("The EntityManagerFactory maps no entity; nothing to compare the migrations with");
        }
        MigrationAssertions.assertModelsInSync(migrator.withModel("jpa:" + entities));
    }
}
