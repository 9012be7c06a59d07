package org.dbmigrate.internal.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.dbmigrate.config.ConfigError;
import org.dbmigrate.config.ConfigKey;
import org.dbmigrate.error.Flag;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.error.Wording;

/**
 * A parsed INI config file, as OpenStack services write them: {@code [section]} lines,
 * {@code key = value} lines and whole-line comments starting with {@code #} or {@code ;}. Comments
 * are never inline, because a password may contain {@code #}. Values are trimmed, {@code ${VAR}}
 * and {@code ${VAR:-default}} come from the environment and {@code %(here)s} is the file's folder.
 *
 * @param file    the file as given (messages name it so)
 * @param entries every {@code key = value} line, in file order, values already expanded
 */
public record IniFile(Path file, List<Entry> entries) {

    public IniFile {
        Objects.requireNonNull(file, "file");
        entries = List.copyOf(entries);
    }

    /**
     * One {@code key = value} line.
     *
     * @param section the section name as written, without brackets
     * @param key     the key, lower case, with - written as _
     * @param value   trimmed and expanded
     * @param line    1-based line number
     */
    public record Entry(String section, String key, String value, int line) {
    }

    /** Reads and parses {@code file}; a missing or unreadable file is a one-line error. */
    public static IniFile read(Path file, Map<String, String> environment) {
        try {
            return parse(file, Files.readAllLines(file, StandardCharsets.UTF_8), environment);
        } catch (NoSuchFileException e) {
            throw new MigrationError(Wording.of("config file " + file + " does not exist; check ", Flag.CONFIG_FILE));
        } catch (IOException e) {
            throw new MigrationError("config file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Parses the lines of {@code file}; the file itself is only named in messages and for %(here)s. */
    public static IniFile parse(Path file, List<String> lines, Map<String, String> environment) {
        String here = folderOf(file).toString();
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String section = null;
        for (int index = 0; index < lines.size(); index++) {
            int lineNumber = index + 1;
            String where = file + " line " + lineNumber;
            String line = lines.get(index);
            if (index == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[")) {
                if (!line.endsWith("]") || line.length() < 3 || line.substring(1, line.length() - 1).isBlank()) {
                    throw new ConfigError(where, "a section header must be written [name]");
                }
                section = line.substring(1, line.length() - 1).strip();
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                throw new ConfigError(where, "expected 'key = value', '[section]' or a comment starting with # or ;");
            }
            String key = ConfigKey.normalize(line.substring(0, equals));
            if (key.isEmpty()) {
                throw new ConfigError(where, "the line has no key before '='");
            }
            if (section == null) {
                throw new ConfigError(where, "'" + key + "' comes before any [section]; put it under [database] or [migrate]");
            }
            String sectionKey = section.toLowerCase(Locale.ROOT) + "\u0000" + key;
            Integer earlier = seen.putIfAbsent(sectionKey, lineNumber);
            if (earlier != null) {
                throw new ConfigError(where, "[" + section + "] " + key + " is already set on line " + earlier
                        + "; keep one of them");
            }
            String raw = line.substring(equals + 1).strip().replace("%(here)s", here);
            entries.add(new Entry(section, key, Placeholders.expand(raw, environment, where), lineNumber));
        }
        return new IniFile(file, entries);
    }

    /** The folder that relative paths in this file resolve against. */
    public Path folder() {
        return folderOf(file);
    }

    private static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? file.toAbsolutePath().getRoot() : parent;
    }
}
