package org.dbmigrate.maven;

import org.apache.maven.plugins.annotations.Parameter;
import org.dbmigrate.command.CommandResult;
import org.dbmigrate.command.JsonResult;

/** A goal that prints either its text or, with {@code -Dformat=json}, one line of JSON. */
public abstract class AbstractFormatMojo extends AbstractMigrateMojo {

    /**
     * {@code json} prints one line of JSON on standard output instead of the text (shapes in the README).
     *
     * @since 0.1.0
     */
    @Parameter(property = "format", defaultValue = "text")
    private String format;

    /** True for {@code -Dformat=json}; an unknown format is the user's mistake. */
    protected final boolean json() {
        return JsonFormat.requested(format);
    }

    /** Prints the JSON line on standard output; nothing is left for the log. */
    protected static CommandResult print(JsonResult json) {
        return JsonFormat.print(json);
    }
}
