package org.dbmigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12: a run without picocli prints, and exits, exactly as the same run through picocli. */
@Tag("h2")
class H2SimpleInvocationTest {

    @TempDir
    Path simpleDir;

    @TempDir
    Path picocliDir;

    /** The same steps on two projects: one run as usual, one forced through picocli by a picocli.* property. */
    @Test
    void sameOutputAndExitCodeWithAndWithoutPicocli() throws Exception {
        MigrationsProject.write(simpleDir, new H2TestDatabase(simpleDir));
        MigrationsProject.write(picocliDir, new H2TestDatabase(picocliDir));
        for (List<String> args : List.of(List.of("current"), List.of("heads"), List.of("-v", "heads"),
                List.of("history"), List.of("upgrade", "nosuch"), List.of("upgrade", "head", "--sql"), List.of("upgrade", "--sql", "002"), List.of("--debug", "upgrade", "nosuch"),
                List.of("upgrade", "002"), List.of("-v", "current"), List.of("upgrade"), List.of("upgrade", "heads"),
                List.of("current", "-q"))) {
            assertEquals(run(picocliDir, Map.of("picocli.trace", "OFF"), args), run(simpleDir, Map.of(), args),
                    String.join(" ", args));
        }
    }

    private static String run(Path dir, Map<String, String> properties, List<String> args) {
        String[] all = new String[args.size() + 2];
        all[0] = "--config-file";
        all[1] = MigrationsProject.CONFIG;
        for (int i = 0; i < args.size(); i++) {
            all[i + 2] = args.get(i);
        }
        CliRun run = CliRun.of(DbManage.builder().workingDir(dir).environment(Map.of("DB_PASSWORD", TestDatabase.PASSWORD))
                .systemProperties(properties).terminal(false), all);
        // the folder, the database's name and durations differ between the two projects
        return run.toString().replace(dir.toString(), "DIR").replaceAll("[0-9]+(\\.[0-9]+)? (s|ms)\\b", "N s")
                .replaceAll("(?i)jdbc:h2:[^ ,)\\n]*", "URL").replaceAll("\\tat .*\\n", "");
    }
}
