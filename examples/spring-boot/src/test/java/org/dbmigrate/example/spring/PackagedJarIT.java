package org.dbmigrate.example.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dbmigrate.testsupport.JavaCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packed executable jar, as a user deploys it: {@code java -jar} on PostgreSQL reads its
 * revisions from {@code BOOT-INF/classes}, and db-manage reads the same jar's revisions.
 */
class PackagedJarIT {

    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private final Path jar = Path.of(System.getProperty("app.jar"));
    private TestDatabase db;

    @BeforeEach
    void database() throws Exception {
        db = new TestDatabase.Postgres();
    }

    @AfterEach
    void drop() throws Exception {
        db.close();
    }

    @Test
    void theJarMigratesItselfAndDbManageReadsTheJarsRevisions(@TempDir Path dir) throws Exception {
        Process app = new ProcessBuilder(JavaCommand.of("-jar", jar.toString(), "--server.port=0",
                "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user()))
                .redirectErrorStream(true).start();
        try {
            List<String> log = new ArrayList<>();
            String port = null;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    log.add(line);
                    Matcher m = PORT.matcher(line);
                    if (m.find()) {
                        port = m.group(1);
                    }
                    if (line.contains("Started ExampleApplication")) {
                        break;
                    }
                }
            }
            assertThat(port).as(String.join("\n", log)).isNotNull();
            assertThat(log).anyMatch(l -> l.contains("Running upgrade 001 -> 002, Add note created_on"));
            HttpResponse<String> status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/dbmigrate")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(status.body()).contains("\"current\":[\"002\"]").contains("\"pending\":[]");
        } finally {
            app.destroy();
            app.waitFor(60, TimeUnit.SECONDS);
        }
        assertThat(db.column("SELECT version_num FROM migrate_version")).containsExactly("002");

        // db-manage, on the app jar's own class path (Spring Boot's PropertiesLauncher), reads classpath:db/migrations
        Path conf = dir.resolve("app.conf");
        Files.writeString(conf, "[database]\nurl = " + db.url() + "\nuser = " + db.user()
                + "\n\n[migrate]\nscript_location = classpath:db/migrations\n");
        Process dbManage = new ProcessBuilder(JavaCommand.of("-Dloader.path=" + System.getProperty("dbmanage.jar"),
                "-Dloader.main=org.dbmigrate.cli.DbManage", "-cp", jar.toString(),
                "org.springframework.boot.loader.launch.PropertiesLauncher", "--config-file", conf.toString(),
                "current")).redirectError(dir.resolve("err.txt").toFile()).start();
        String out = new String(dbManage.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(dbManage.waitFor()).as(Files.readString(dir.resolve("err.txt"))).isZero();
        assertThat(out.strip()).isEqualTo("002 (head)");
    }

    @Test
    void aBrokenRevisionStopsTheJarWithOneLineAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(versions.resolve("001_broken.sql"), "-- Broken\n--\n-- Revision: 001\n-- Revises:\n"
                + "-- Create Date: 2026-12-01 10:00:00\n\n-- migrate:upgrade\nCREATE TABLE notes (id INT PRIMARY KEY,"
                + " title VARCHAR(200) NOT NUL);\n");
        Process app = new ProcessBuilder(JavaCommand.of("-jar", jar.toString(), "--server.port=0",
                "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
                "--dbmigrate.locations=filesystem:" + dir.resolve("migrations"))).redirectErrorStream(true).start();
        String out = new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(app.waitFor()).isNotZero();
        assertThat(out).contains("APPLICATION FAILED TO START")
                .containsPattern("\\ndbmigrate: upgrade  -> 001 failed at [^\\n]*001_broken.sql line 8: [^\\n]*\\n")
                .doesNotContain("\tat ").doesNotContain("Caused by:");
        assertThat(db.column("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'notes'"))
                .containsExactly("0");
    }
}
