package org.dbmigrate.internal.autogenerate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.internal.runtime.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6: a JPA model found only on the configured classpath (Maven: the project's classes;
 * db-manage: --classpath), not on dbmigrate's own class loader.
 */
class JpaClasspathTest {

    @TempDir
    Path dir;

    @Test
    void entitiesOfAPackageOnTheModelClasspath() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src/com/example/shop"));
        Files.writeString(src.resolve("Widget.java"), """
                package com.example.shop;
                import jakarta.persistence.*;
                @Entity
                public class Widget {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @Column(nullable = false, length = 40) String label;
                    int weight;
                }
                """);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int exit = compiler.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                src.resolve("Widget.java").toString());
        assertEquals(0, exit);

        try (Database h2 = Database.connect(() -> DriverManager.getConnection("jdbc:h2:mem:", "sa", ""))) {
            SchemaSnapshot model = new JpaModel("com.example.shop", List.of(classes), "auto").read(h2, null);
            Table widget = model.table("widget").orElseThrow();
            assertEquals(List.of("id", "label", "weight"), widget.columns().stream().map(Column::name).toList());
            assertEquals(new Column("label", ColumnType.sized("varchar", 40), false, null, false, null),
                    widget.column("label").orElseThrow());
            assertTrue(widget.column("id").orElseThrow().autoIncrement());
            assertEquals(List.of("id"), widget.primaryKey().columns());

            MigrationError none = assertThrows(MigrationError.class,
                    () -> new JpaModel("com.example.shop", List.of(), "auto").read(h2, null));
            assertTrue(none.getMessage().contains("names no @Entity class"), none.getMessage());

            // Issue 20 point 6: a class path entry that is not there is named.
            Path missing = dir.resolve("no-such-classes");
            MigrationError gone = assertThrows(MigrationError.class,
                    () -> new JpaModel("com.example.shop", List.of(classes, missing), "auto").read(h2, null));
            assertTrue(gone.getMessage().contains(missing + " does not exist"), gone.getMessage());

            // Issue 20 point 6: without jakarta.persistence-api the message says so, not "no @Entity".
            Thread thread = Thread.currentThread();
            ClassLoader saved = thread.getContextClassLoader();
            thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
            try {
                MigrationError noApi = assertThrows(MigrationError.class,
                        () -> new JpaModel("com.example.shop", List.of(classes), "auto").read(h2, null));
                assertTrue(noApi.getMessage().contains("needs jakarta.persistence-api"), noApi.getMessage());
            } finally {
                thread.setContextClassLoader(saved);
            }
        }
    }
}
