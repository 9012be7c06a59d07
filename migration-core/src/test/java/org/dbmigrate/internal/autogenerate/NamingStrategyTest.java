package org.dbmigrate.internal.autogenerate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.ToolProvider;
import org.dbmigrate.error.MigrationError;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.Identifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20 point 3: Spring Boot's naming, Hibernate's, a user's own class, and what "auto" picks. */
class NamingStrategyTest {

    private static final List<String> NAMES = List.of("firstName", "first_name", "URLValue", "htmlURL", "a1B2c3",
            "PetType", "owner.address", "x", "aB", "visitDate2025", "Vet_id", "openingHours_ORDER", "DTYPE", "xB2y", "abC1", "aBc");

    @Test
    void springNamingIsHibernatesCamelCaseToUnderscores() {
        CamelCaseToUnderscoresNamingStrategy real = new CamelCaseToUnderscoresNamingStrategy();
        NamingStrategy ours = NamingStrategy.of("spring", getClass().getClassLoader());
        for (String name : NAMES) {
            // without a JDBC environment Hibernate treats names as case-insensitive and lower-cases them
            String expected = real.toPhysicalColumnName(Identifier.toIdentifier(name), null).getText();
            assertEquals(expected.toLowerCase(Locale.ROOT), ours.column(name), name);
            assertEquals(expected.toLowerCase(Locale.ROOT), ours.table(name), name);
        }
        assertEquals("vets_specialties", ours.joinTable("vets", "specialty", "specialties"));
    }

    @Test
    void hibernateNamingKeepsNamesAndJoinsTableNames() {
        NamingStrategy hibernate = NamingStrategy.of("hibernate", getClass().getClassLoader());
        assertEquals("firstName", hibernate.column("firstName"));
        assertEquals("vets_Specialty", hibernate.joinTable("vets", "Specialty", "specialties"));
    }

    @Test
    void aUsersOwnStrategyIsCalledByItsClassName() {
        NamingStrategy own = NamingStrategy.of(CamelCaseToUnderscoresNamingStrategy.class.getName(),
                getClass().getClassLoader());
        assertInstanceOf(NamingStrategy.Custom.class, own);
        assertEquals("first_name", own.column("firstName"));
        assertEquals("pet_type", own.table("PetType"));
    }

    @Test
    void aClassThatIsNoStrategyIsNamed() {
        MigrationError e = assertThrows(MigrationError.class,
                () -> NamingStrategy.of("com.example.NoSuchNaming", getClass().getClassLoader()));
        assertTrue(e.getMessage().startsWith("[autogenerate] naming_strategy = com.example.NoSuchNaming is not"),
                e.getMessage());
    }

    @Test
    void autoIsSpringsWhenSpringBootJpaIsOnTheModelClassPath(@TempDir Path dir) throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        Path file = Files.writeString(src.resolve("HibernateJpaAutoConfiguration.java"),
                "package org.springframework.boot.autoconfigure.orm.jpa; public class HibernateJpaAutoConfiguration {}");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                file.toString()));
        try (URLClassLoader app = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            assertEquals("spring", NamingStrategy.of("auto", app).describe());
        }
    }

    @Test
    void autoIsHibernatesWithoutSpringBootOnTheModelClassPath() {
        assertEquals("hibernate", NamingStrategy.of("auto", getClass().getClassLoader()).describe());
        assertEquals("hibernate", NamingStrategy.of("", getClass().getClassLoader()).describe());
    }
}
