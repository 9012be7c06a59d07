package org.dbmigrate.internal.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dbmigrate.config.ConfigError;
import org.dbmigrate.config.JdbcUrls;
import org.dbmigrate.error.MigrationError;

/**
 * A file listing a fleet's databases ({@code --targets FILE}): one JDBC URL a line, blank lines and
 * lines starting with {@code #} skipped. {@code ${VAR}} and {@code ${VAR:-default}} read the
 * environment as in the config file, so each target's credentials stay out of the file.
 */
public final class TargetsFile {

    private TargetsFile() {
    }

    /**
     * One URL of the file.
     *
     * @param url   expanded; may hold a password, so print it only through {@link JdbcUrls#redact}
     * @param where the file and line, for messages
     */
    public record Line(String url, String where) {
    }

    public static List<Line> read(Path file, Map<String, String> environment) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new MigrationError("targets file " + file + " does not exist; check --targets");
        } catch (IOException e) {
            throw new MigrationError("targets file " + file + " cannot be read: " + e.getMessage(), e);
        }
        List<Line> urls = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file + " line " + (i + 1);
            if (!line.startsWith("jdbc:")) {
                throw new ConfigError(where, "expected a JDBC URL (jdbc:...), one a line");
            }
            urls.add(new Line(Placeholders.expand(line, environment, where), where));
        }
        return List.copyOf(urls);
    }
}
