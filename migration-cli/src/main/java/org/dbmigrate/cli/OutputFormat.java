package org.dbmigrate.cli;

import org.dbmigrate.command.json.JsonViews;
import picocli.CommandLine.Option;

/**
 * {@code --format text|json} for the read-only views (current, heads, branches, history): json
 * prints one line in the shape {@link JsonViews} documents, for scripts and CI.
 */
final class OutputFormat {

    enum Kind { text, json }

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output as Alembic's text (default) or one line of JSON.")
    Kind kind = Kind.text;

    boolean json() {
        return kind == Kind.json;
    }
}
