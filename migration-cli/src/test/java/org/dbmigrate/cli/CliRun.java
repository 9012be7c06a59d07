package org.dbmigrate.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of a launcher: exit code and what went to each stream. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(DbManage.Builder launcher, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = launcher.out(new PrintWriter(out)).err(new PrintWriter(err)).build().execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
