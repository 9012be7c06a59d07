package org.dbmigrate.cli;

import org.dbmigrate.JsonReports;
import picocli.CommandLine.Option;

/**
 * {@code --format text|json} for the views (current, heads, branches, history, show, status, log)
 * and the runs (upgrade, downgrade, stamp): json prints one line in the shape {@link JsonReports}
 * documents, for scripts and CI.
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
