package org.dbmigrate.testsupport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The start of a command line that runs a program in a JVM of its own, as the tests' child processes do. */
public final class JavaCommand {

    private JavaCommand() {
    }

    /**
     * {@code java -XX:-UsePerfData args...} from the JVM running the tests. Without the performance-data file: when
     * another process holds {@code /tmp/hsperfdata_USER/PID} locked (CI saw it), the JVM warns on the child's standard
     * error, and the tests read that stream as the program's own output.
     */
    public static List<String> of(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:-UsePerfData"));
        command.addAll(List.of(args));
        return command;
    }

    /** {@link #of} with the test's own class path and {@code mainClass}. */
    public static List<String> onTestClassPath(Class<?> mainClass, String... args) {
        List<String> command = of("-cp", System.getProperty("java.class.path"), mainClass.getName());
        command.addAll(List.of(args));
        return command;
    }
}
