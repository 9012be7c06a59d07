package org.dbmigrate.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A deployer's folder: {@code app.conf} and {@code migrations/} with four linear revisions. The
 * first is named after a release ({@code icehouse}), as OpenStack projects stamp existing
 * databases; then 002 users, 003 orders, 004 a column. {@code populate/} holds reference data.
 */
final class MigrationsProject {

    static final String CONFIG = "app.conf";

    private MigrationsProject() {
    }

    static void write(Path dir, TestDatabase database) throws IOException {
        write(dir.resolve(CONFIG), """
                # written by the db-manage tests
                [database]
                url = %s
                user = %s
                ; the password comes from the environment, as deployers do
                password = ${DB_PASSWORD}

                [migrate]
                script_location = migrations
                """.formatted(database.url(), database.user()));
        Path versions = dir.resolve("migrations/versions");
        revision(versions.resolve("icehouse_initial.sql"), "Initial schema", "icehouse", "",
                "CREATE TABLE clusters (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL);",
                "DROP TABLE clusters;");
        revision(versions.resolve("002_add_users.sql"), "Add users table", "002", "icehouse",
                "CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL);",
                "DROP TABLE users;");
        revision(versions.resolve("003_add_orders.sql"), "Add orders table", "003", "002",
                "CREATE TABLE orders (id INT PRIMARY KEY, user_id INT NOT NULL);",
                "DROP TABLE orders;");
        revision(versions.resolve("004_add_total.sql"), "Add order total", "004", "003",
                "ALTER TABLE orders ADD total INT;",
                "ALTER TABLE orders DROP COLUMN total;");
        write(versions.resolve("HEAD"), "004\n");
        write(dir.resolve("migrations/populate/01_roles.sql"), """
                DELETE FROM users WHERE id = 1;
                INSERT INTO users (id, name) VALUES (1, 'admin');
                """);
    }

    static void revision(Path file, String message, String id, String revises, String upgrade, String downgrade)
            throws IOException {
        write(file, """
                -- %s
                --
                -- Revision: %s
                -- Revises: %s
                -- Create Date: 2026-11-22 10:15:00

                -- migrate:upgrade
                %s

                -- migrate:downgrade
                %s
                """.formatted(message, id, revises, upgrade, downgrade));
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
