package org.dbmigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 8: db-manage graph and --format json, in process on an H2 file database. */
class GraphAndJsonFormatTest {

    @TempDir
    Path dir;

    @BeforeEach
    void project() throws Exception {
        MigrationsProject.write(dir, new H2TestDatabase(dir));
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--config-file";
        all[1] = MigrationsProject.CONFIG;
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(DbManage.builder().workingDir(dir).environment(Map.of("DB_PASSWORD", TestDatabase.PASSWORD))
                .systemProperties(Map.of()).terminal(false), all);
    }

    private CliRun ok(String... args) {
        CliRun run = run(args);
        assertEquals(ExitCode.OK, run.exitCode(), run::toString);
        return run;
    }

    @Test
    void jsonForCurrentHeadsBranchesAndHistory() {
        ok("upgrade", "003");
        assertEquals("{\"current\":[{\"id\":\"003\",\"known\":true,\"head\":false}]}\n", ok("current", "--format", "json").out());
        assertEquals("{\"heads\":[{\"id\":\"004\",\"labels\":[],\"message\":\"Add order total\",\"effective\":false}]}\n",
                ok("heads", "--format", "json").out());
        assertEquals("{\"branches\":[]}\n", ok("branches", "--format", "json").out());
        assertEquals("{\"revisions\":[{\"id\":\"002\",\"parents\":[\"icehouse\"],\"dependsOn\":[],\"labels\":[],"
                + "\"message\":\"Add users table\",\"base\":false,\"head\":false,\"branchPoint\":false,"
                + "\"mergePoint\":false,\"current\":false}]}\n",
                ok("history", "-r", "002:002", "-i", "--format", "json").out());
    }

    @Test
    void checkJsonListsDifferencesAndExitsOneWhenTheyDiffer() throws Exception {
        ok("upgrade", "head");
        String atHead = "CREATE TABLE clusters (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL);\n"
                + "CREATE TABLE orders (id INT PRIMARY KEY, user_id INT NOT NULL, total INT);\n"
                + "CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL);\n";
        MigrationsProject.write(dir.resolve("schema.sql"), atHead);
        Files.writeString(dir.resolve(MigrationsProject.CONFIG), "\n[autogenerate]\nmodel = schema:schema.sql\n",
                StandardOpenOption.APPEND);
        assertEquals("{\"inSync\":true,\"differences\":[]}\n", ok("check", "--format", "json").out());

        MigrationsProject.write(dir.resolve("schema.sql"), atHead + "CREATE TABLE widgets (id INT PRIMARY KEY);\n");
        CliRun differs = run("check", "--format", "json");
        assertEquals(ExitCode.FAILED, differs.exitCode(), differs::toString);
        assertEquals("{\"inSync\":false,\"differences\":[\"add table widgets\"]}\n", differs.out());
        assertTrue(differs.err().startsWith("FAILED: New upgrade operations detected"), differs::toString);
    }

    @Test
    void unknownJsonFormatIsAUsageError() {
        assertEquals(ExitCode.USAGE, run("heads", "--format", "yaml").exitCode());
    }

    @Test
    void graphWritesSvgToAFileAndDotToStandardOutput() throws Exception {
        ok("upgrade", "002");
        CliRun svg = ok("graph", "--output", "target/graph.svg");
        assertEquals("", svg.out());
        String picture = Files.readString(dir.resolve("target/graph.svg"));
        assertTrue(picture.startsWith("<svg "), picture);
        assertTrue(picture.contains("<g class=\"node current\" id=\"rev-002\""), picture);
        assertTrue(picture.contains("<g class=\"node head\" id=\"rev-004\""), picture);
        String dot = ok("graph", "--format", "dot", "--no-database").out();
        assertTrue(dot.startsWith("digraph revisions {"), dot);
        assertTrue(dot.contains("\"icehouse\" -> \"002\";"), dot);
        assertTrue(!dot.contains("(current)"), dot);
    }

    @Test
    void unknownGraphFormatFailsInOneLine() {
        CliRun run = run("graph", "--format", "png");
        assertEquals(ExitCode.FAILED, run.exitCode(), run::toString);
        assertEquals("FAILED: Unknown graph format 'png'; use dot, mermaid or svg\n", run.err());
    }
}
