package org.dbmigrate.internal.script;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dbmigrate.graph.Revision;

/**
 * Reads the {@code --} comment lines at the top of a revision file: the message, then
 * {@code Revision:}, {@code Revises:}, {@code Create Date:} and the optional {@code Branch Labels:}
 * and {@code Depends On:}. The header ends at the first line that is not a {@code --} comment, or
 * at a {@code -- migrate:} directive.
 */
final class HeaderParser {

    private static final List<String> FIELDS = List.of("Revision", "Revises", "Create Date", "Branch Labels", "Depends On");
    private static final String EXAMPLE = "'-- Revision: 002' and '-- Revises: 001' (empty for a first revision)";

    private HeaderParser() {
    }

    static RevisionHeader parse(String file, String text) {
        return parse(file, text, "--");
    }

    /**
     * @param prefix the comment marker of header lines: {@code --} in SQL files, {@code //} in Java
     *               revisions
     */
    static RevisionHeader parse(String file, String text, String prefix) {
        List<String> lines = new ArrayList<>();
        Map<String, String> fields = new HashMap<>();
        Map<String, Integer> fieldLines = new HashMap<>();
        int lineNo = 0;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            String raw = text.substring(start, end < 0 ? text.length() : end).stripTrailing();
            start = end < 0 ? text.length() : end + 1;
            lineNo++;
            if (lines.isEmpty() && raw.isEmpty()) {
                continue;
            }
            if (!raw.startsWith(prefix) || raw.startsWith(SectionScanner.DIRECTIVE)) {
                break;
            }
            String line = raw.substring(2);
            line = line.startsWith(" ") ? line.substring(1) : line;
            lines.add(line);
            String key = fieldName(line);
            if (key != null) {
                if (fields.put(key, line.substring(key.length() + 1).strip()) != null) {
                    throw new ScriptFileError(file, lineNo, "second '" + key + ":' header line",
                            "keep one '" + prefix + " " + key + ":' line");
                }
                fieldLines.put(key, lineNo);
            }
        }
        String id = fields.get("Revision");
        if (id == null) {
            throw new ScriptFileError(file, 1, "no '" + prefix + " Revision:' header line",
                    "start the file with the header the template writes: " + example(prefix));
        }
        if (!Revision.isValidId(id)) {
            throw new ScriptFileError(file, fieldLines.get("Revision"), "bad revision id '" + id + "'",
                    "ids use only letters, digits and _ (no @ - + : or spaces)");
        }
        if (!fields.containsKey("Revises")) {
            throw new ScriptFileError(file, 1, "no '" + prefix + " Revises:' header line",
                    "add " + example(prefix));
        }
        boolean firstIsField = !lines.isEmpty() && fieldName(lines.get(0)) != null;
        String message = lines.isEmpty() || firstIsField ? "" : lines.get(0).strip();
        return new RevisionHeader(id,
                ids(file, fields, fieldLines, "Revises"),
                fields.getOrDefault("Create Date", ""),
                ids(file, fields, fieldLines, "Branch Labels"),
                ids(file, fields, fieldLines, "Depends On"),
                message, lines);
    }

    /**
     * The field a header line sets ({@code Revision} for {@code Revision: 002}), or null. Plain string
     * checks, not a pattern: a short run parses every header before the JIT has compiled anything.
     */
    private static String fieldName(String line) {
        int colon = line.indexOf(':');
        if (colon < 0 || !FIELDS.contains(line.substring(0, colon))) {
            return null;
        }
        for (int i = colon + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return null; // a line break inside: not one header line (as the pattern's '.' had it)
            }
        }
        return line.substring(0, colon);
    }

    private static String example(String prefix) {
        return prefix.equals("--") ? EXAMPLE : EXAMPLE.replace("'--", "'" + prefix);
    }

    /** A comma-separated list of ids or labels; empty when the field is absent or blank. */
    private static List<String> ids(String file, Map<String, String> fields, Map<String, Integer> lines, String key) {
        String value = fields.get(key);
        if (value == null || value.isEmpty()) {
            return List.of();
        }
        Set<String> entries = new LinkedHashSet<>();
        for (String entry : value.split(",", -1)) {
            String name = entry.strip();
            if (!Revision.isValidId(name)) {
                throw new ScriptFileError(file, lines.get(key), "bad entry '" + name + "' in '" + key + ":'",
                        "write comma-separated names made of letters, digits and _");
            }
            if (!entries.add(name)) {
                throw new ScriptFileError(file, lines.get(key), "'" + name + "' appears twice in '" + key + ":'",
                        "name it once");
            }
        }
        return List.copyOf(entries);
    }
}
