package org.dbmigrate.maven;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.maven.plugin.logging.Log;
import org.dbmigrate.error.MigrationError;

/**
 * Where offline SQL ({@code -Dsql}) goes: the {@code -Doutput} file, else standard output as bare
 * text, so that {@code mvn -q migrate:upgrade -Dsql > upgrade.sql} holds nothing but SQL.
 * Without {@code -Dsql} there is no output at all and {@link #appendable()} is null, and an
 * {@code -Doutput} is refused.
 */
final class SqlOutput implements AutoCloseable {

    private final Appendable target;
    private final Writer file;
    private final File path;
    private final Log log;

    private SqlOutput(Appendable target, Writer file, File path, Log log) {
        this.target = target;
        this.file = file;
        this.path = path;
        this.log = log;
    }

    static SqlOutput open(boolean sql, File output, Log log) throws IOException {
        if (!sql) {
            if (output != null) {
                // Someone who asked for a file expects nothing to run: refuse rather than migrate.
                throw new MigrationError("-Doutput=" + output + " is for offline SQL; add -Dsql to write the script"
                        + " (nothing was run)");
            }
            return new SqlOutput(null, null, null, log);
        }
        if (output == null) {
            PrintStream out = System.out;
            return new SqlOutput(out, null, null, log);
        }
        File parent = output.getAbsoluteFile().getParentFile();
        if (parent != null) {
            Files.createDirectories(parent.toPath());
        }
        Writer writer = Files.newBufferedWriter(output.toPath(), StandardCharsets.UTF_8);
        return new SqlOutput(writer, writer, output, log);
    }

    Appendable appendable() {
        return target;
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            file.close();
            log.info("Offline SQL written to " + path);
        } else if (target != null) {
            System.out.flush();
        }
    }
}
