package org.dbmigrate.internal.autogenerate;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Locale;
import org.dbmigrate.error.MigrationError;

/**
 * How a JPA model's logical names become the database's, as Hibernate's two naming steps do: the
 * implicit names of join tables ({@link #joinTable}) and the physical naming of every table and
 * column name ({@link #table}, {@link #column}), explicit names included. Chosen by
 * {@code [autogenerate] naming_strategy}.
 */
abstract class NamingStrategy {

    /** Spring Boot's JPA auto-configuration (Boot 2/3, then Boot 4's module): its presence means Spring's naming. */
    private static final String[] SPRING_BOOT_JPA = {
        "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration"};

    abstract String table(String logical);

    abstract String column(String logical);

    /** What the setting's value was resolved to, for messages. */
    abstract String describe();

    /**
     * The implicit name of a join table: Hibernate's JPA-compliant rule joins the two tables' names
     * ({@code vets_specialties} for {@code vets} and {@code specialties}); Spring's joins the owner's
     * table and the attribute ({@code vets_specialties} for {@code Vet.specialties}).
     */
    String joinTable(String ownerTable, String targetTable, String attribute) {
        return ownerTable + "_" + targetTable;
    }

    /**
     * @param setting {@code auto}, {@code spring}, {@code hibernate}, or a {@code PhysicalNamingStrategy}
     *                class on the model's class path
     */
    static NamingStrategy of(String setting, ClassLoader loader) {
        String value = setting == null || setting.isBlank() ? "auto" : setting.strip();
        switch (value.toLowerCase(Locale.ROOT)) {
            case "spring":
                return new Spring();
            case "hibernate":
                return new Hibernate();
            case "auto":
                for (String name : SPRING_BOOT_JPA) {
                    if (loads(name, loader)) {
                        return new Spring();
                    }
                }
                return new Hibernate();
            default:
                return new Custom(value, loader);
        }
    }

    private static boolean loads(String name, ClassLoader loader) {
        try {
            Class.forName(name, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Hibernate's default ({@code PhysicalNamingStrategyStandardImpl}): names as written, unquoted. */
    static final class Hibernate extends NamingStrategy {
        @Override
        String table(String logical) {
            return logical;
        }

        @Override
        String column(String logical) {
            return logical;
        }

        @Override
        String describe() {
            return "hibernate";
        }
    }

    /**
     * Spring Boot's default ({@code CamelCaseToUnderscoresNamingStrategy} with
     * {@code SpringImplicitNamingStrategy}): dots become underscores, an underscore goes before an
     * upper-case letter that has a lower-case letter on each side, and the result is lower case
     * ({@code NamingStrategyTest} holds it against Hibernate's class).
     */
    static final class Spring extends NamingStrategy {
        @Override
        String table(String logical) {
            return snake(logical);
        }

        @Override
        String column(String logical) {
            return snake(logical);
        }

        @Override
        String joinTable(String ownerTable, String targetTable, String attribute) {
            return ownerTable + "_" + attribute;
        }

        @Override
        String describe() {
            return "spring";
        }

        static String snake(String name) {
            StringBuilder b = new StringBuilder(name.replace('.', '_'));
            for (int i = 1; i < b.length() - 1; i++) {
                if (underscoreBetween(b.charAt(i - 1), b.charAt(i), b.charAt(i + 1))) {
                    b.insert(i++, '_');
                }
            }
            return b.toString().toLowerCase(Locale.ROOT);
        }

        private static boolean underscoreBetween(char before, char current, char after) {
            return Character.isLowerCase(before) && Character.isUpperCase(current)
                    && Character.isLowerCase(after);
        }
    }

    /**
     * The user's own {@code org.hibernate.boot.model.naming.PhysicalNamingStrategy}, called through
     * reflection with no JDBC environment (dbmigrate has no Hibernate of its own).
     */
    static final class Custom extends NamingStrategy {
        private final String className;
        private final Object strategy;
        private final Method toIdentifier;
        private final Method tableName;
        private final Method columnName;
        private final Method text;

        Custom(String className, ClassLoader loader) {
            this.className = className;
            try {
                Class<?> type = Class.forName(className, true, loader);
                Class<?> identifier = Class.forName("org.hibernate.boot.model.naming.Identifier", true, loader);
                Class<?> environment = Class.forName("org.hibernate.engine.jdbc.env.spi.JdbcEnvironment", true,
                        loader);
                strategy = type.getConstructor().newInstance();
                toIdentifier = identifier.getMethod("toIdentifier", String.class);
                tableName = type.getMethod("toPhysicalTableName", identifier, environment);
                columnName = type.getMethod("toPhysicalColumnName", identifier, environment);
                text = identifier.getMethod("getText");
            } catch (ClassNotFoundException | NoSuchMethodException | InstantiationException | IllegalAccessException
                    | InvocationTargetException | LinkageError e) {
                throw new MigrationError("[autogenerate] naming_strategy = " + className + " is not spring, hibernate"
                        + " or a PhysicalNamingStrategy class with a public no-argument constructor on the model's class"
                        + " path (with hibernate-core): " + e, e);
            }
        }

        @Override
        String table(String logical) {
            return call(tableName, logical);
        }

        @Override
        String column(String logical) {
            return call(columnName, logical);
        }

        @Override
        String describe() {
            return className;
        }

        private String call(Method method, String logical) {
            try {
                Object result = method.invoke(strategy, toIdentifier.invoke(null, logical), null);
                return result == null ? logical : (String) text.invoke(result);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new MigrationError(className + "." + method.getName() + "(" + logical + ") failed: "
                        + (e.getCause() == null ? e : e.getCause()), e);
            }
        }
    }
}
