package org.dbmigrate.spring.boot;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.Ordered;
import org.springframework.util.ClassUtils;
import org.springframework.util.ObjectUtils;

/**
 * Makes every bean that uses the database through JPA or Spring JDBC depend on
 * {@link DbMigrateInitializer}, so they are created after the migration. Types are named, not
 * imported: an application without JPA or without spring-jdbc has nothing to order, and the names
 * are the same on Spring Boot 3.5 and 4.0.
 */
class DbMigrateDependsOnPostProcessor implements BeanFactoryPostProcessor, Ordered {

    static final List<String> DATABASE_USERS = List.of(
            "jakarta.persistence.EntityManagerFactory",
            "org.springframework.orm.jpa.AbstractEntityManagerFactoryBean",
            "org.springframework.jdbc.core.JdbcOperations",
            "org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations",
            "org.springframework.jdbc.core.simple.JdbcClient",
            "org.jooq.DSLContext");

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        ClassLoader loader = beanFactory.getBeanClassLoader();
        for (String typeName : DATABASE_USERS) {
            if (!ClassUtils.isPresent(typeName, loader)) {
                continue;
            }
            Class<?> type = ClassUtils.resolveClassName(typeName, loader);
            for (String name : beanNames(beanFactory, type)) {
                BeanDefinition definition = definition(beanFactory, name);
                if (definition != null) {
                    String[] dependsOn = definition.getDependsOn();
                    if (!ObjectUtils.containsElement(dependsOn, DbMigrateInitializer.BEAN_NAME)) {
                        definition.setDependsOn(ObjectUtils.addObjectToArray(dependsOn,
                                DbMigrateInitializer.BEAN_NAME));
                    }
                }
            }
        }
    }

    private static Set<String> beanNames(ConfigurableListableBeanFactory beanFactory, Class<?> type) {
        // Without creating beans: factory beans (the JPA one) are matched by their declared product type.
        Set<String> names = new LinkedHashSet<>();
        for (String name : BeanFactoryUtils.beanNamesForTypeIncludingAncestors(beanFactory, type, true, false)) {
            names.add(BeanFactoryUtils.transformedBeanName(name));
        }
        names.remove(DbMigrateInitializer.BEAN_NAME);
        return names;
    }

    private static BeanDefinition definition(ConfigurableListableBeanFactory beanFactory, String name) {
        try {
            return beanFactory.getBeanDefinition(name);
        } catch (NoSuchBeanDefinitionException e) {
            BeanFactory parent = beanFactory.getParentBeanFactory();
            return parent instanceof ConfigurableListableBeanFactory p ? definition(p, name) : null;
        }
    }

    @Override
    public int getOrder() {
        return 0;
    }
}
