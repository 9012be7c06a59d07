package org.dbmigrate.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dbmigrate.testsupport.JavaCommand;

/** Runs the real {@code target/db-manage.jar} (or the launcher script) as a separate process. */
final class DbManageProcess {

    private final Path workingDir;
    private final Map<String, String> environment;

    DbManageProcess(Path workingDir, Map<String, String> environment) {
        this.workingDir = workingDir;
        this.environment = Map.copyOf(environment);
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("db-manage.jar", "target/db-manage.jar"));
        assertTrue(Files.isRegularFile(jar), jar + " is missing: run the ITs after package (mvn verify)");
        return jar.toAbsolutePath();
    }

    static Path launcher() {
        Path launcher = Path.of(System.getProperty("db-manage.launcher", "target/db-manage"));
        assertTrue(Files.isExecutable(launcher), launcher + " is missing or not executable");
        return launcher.toAbsolutePath();
    }

    /** {@code java -jar db-manage.jar args...} in the working directory. */
    CliRun run(String... args) {
        List<String> command = JavaCommand.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar().toString());
        command.addAll(List.of(args));
        return execute(command);
    }

    /** The POSIX launcher script, with JAVA_OPTS as given. */
    CliRun runLauncher(Path launcher, String... args) {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        return execute(command);
    }

    private CliRun execute(List<String> command) {
        try {
            Path out = Files.createTempFile(workingDir, "stdout", ".txt");
            Path err = Files.createTempFile(workingDir, "stderr", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().remove("JAVA_OPTS");
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("db-manage did not finish in 120 s: " + command);
            }
            CliRun run = new CliRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return run;
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
