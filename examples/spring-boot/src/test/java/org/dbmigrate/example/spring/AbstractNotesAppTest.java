package org.dbmigrate.example.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dbmigrate.cli.DbManage;
import org.dbmigrate.junit.SpringMigrationAssertions;
import org.dbmigrate.spring.boot.DbMigrateStartupError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the notes app for real (embedded web server on a free port) on a database of the test's
 * own, and talks to it over HTTP. One thin subclass per database.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class AbstractNotesAppTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private TestDatabase db;

    abstract TestDatabase createDatabase() throws Exception;

    @BeforeEach
    void database() throws Exception {
        db = createDatabase();
    }

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    private ConfigurableApplicationContext start(String... extra) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.user(), "--spring.datasource.password="));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(ExampleApplication.class).run(args.toArray(String[]::new));
    }

    private HttpResponse<String> get(ConfigurableApplicationContext app, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(app, path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(ConfigurableApplicationContext app, String path) {
        return URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + path);
    }

    @Test
    void migratesAtStartupAndServesTheEntityFromTheMigratedTable() throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            assertThat(db.column("SELECT version_num FROM migrate_version")).containsExactly("002");
            assertThat(db.column("SELECT LOWER(column_name) FROM information_schema.columns"
                    + " WHERE LOWER(table_name) = 'notes'")).containsExactlyInAnyOrder("id", "title", "created_on");

            HttpResponse<String> created = http.send(HttpRequest.newBuilder(uri(app, "/notes"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"migrated by dbmigrate\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(200);
            JsonNode notes = json.readTree(get(app, "/notes").body());
            assertThat(notes).hasSize(1);
            assertThat(notes.get(0).get("title").asText()).isEqualTo("migrated by dbmigrate");
            assertThat(db.column("SELECT title FROM notes")).containsExactly("migrated by dbmigrate");
        }
    }

    @Test
    void theActuatorEndpointShowsTheDatabaseAsJson() throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            HttpResponse<String> response = get(app, "/actuator/dbmigrate");
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode status = json.readTree(response.body());
            assertThat(status.get("current").toString()).isEqualTo("[\"002\"]");
            assertThat(status.get("heads").toString()).isEqualTo("[\"002\"]");
            assertThat(status.get("pending").toString()).isEqualTo("[]");
            assertThat(status.get("unknown").toString()).isEqualTo("[]");
            JsonNode history = status.get("history");
            assertThat(history).hasSize(2);
            assertThat(history.get(0).get("revision").asText()).isEqualTo("002");
            assertThat(history.get(1).get("revision").asText()).isEqualTo("001");
            assertThat(history.get(0).get("direction").asText()).isEqualTo("upgrade");
            assertThat(history.get(0).get("success").asBoolean()).isTrue();
            assertThat(history.get(0).get("checksum").asText()).hasSize(64);
        }
    }

    @Test
    void theRevisionsMatchTheEntitiesOfTheApplication() {
        try (ConfigurableApplicationContext app = start()) {
            SpringMigrationAssertions.assertModelsInSync(app);
        }
    }

    @Test
    void aSecondStartHasNothingToDo(CapturedOutput output) {
        start().close();
        start().close();
        assertThat(output).contains("dbmigrate: upgraded 2 revisions from base to 002 in ")
                .contains("dbmigrate: database at 002, nothing to upgrade");
    }

    @Test
    void dbManageReadsTheRevisionsTheAppAppliedFromTheSourceFolderAndTheClassPath(@TempDir Path dir)
            throws Exception {
        start().close();
        assertThat(dbManageCurrent(dir, Path.of("src/main/resources/db/migrations").toAbsolutePath().toString()))
                .isEqualTo("002 (head)");
        // the test's class path holds target/classes, as the app's jar holds them
        assertThat(dbManageCurrent(dir, "classpath:db/migrations")).isEqualTo("002 (head)");
    }

    private String dbManageCurrent(Path dir, String scriptLocation) throws Exception {
        Path conf = dir.resolve("app.conf");
        Files.writeString(conf, "[database]\nurl = " + db.url() + "\nuser = " + db.user() + "\npassword =\n\n"
                + "[migrate]\nscript_location = " + scriptLocation + "\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = DbManage.builder().out(new PrintWriter(out)).err(new PrintWriter(err)).workingDir(dir).build()
                .execute("--config-file", conf.toString(), "current");
        assertThat(exit).as(err.toString()).isZero();
        return out.toString().strip();
    }

    @Test
    void aBrokenRevisionStopsStartupWithOneLine(CapturedOutput output) throws Exception {
        Throwable failure = catchThrowable(() -> start("--dbmigrate.locations=classpath:broken/migrations"));
        Throwable cause = failure;
        while (cause != null && !(cause instanceof DbMigrateStartupError)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("the start-up failure's cause").isInstanceOf(DbMigrateStartupError.class);
        String line = cause.getMessage();
        assertThat(line).contains("001_create_notes_broken.sql").doesNotContain("\n");
        assertThat(output).contains("APPLICATION FAILED TO START").contains("dbmigrate: " + line)
                .contains("dbmigrate.enabled=false")
                // the failure analyzer printed it: Spring Boot did not log the exception's stack trace
                .doesNotContain("Application run failed");
        assertThat(db.column("SELECT LOWER(table_name) FROM information_schema.tables"
                + " WHERE LOWER(table_name) = 'notes'")).isEmpty();
    }
}
