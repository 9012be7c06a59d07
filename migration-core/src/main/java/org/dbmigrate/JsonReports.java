package org.dbmigrate;

import org.dbmigrate.command.JsonResult;
import org.dbmigrate.command.LogCommand;
import org.dbmigrate.command.RunReport;
import org.dbmigrate.command.StatusCommand;
import org.dbmigrate.internal.command.CommandContext;
import org.dbmigrate.internal.command.json.JsonViews;
import org.dbmigrate.internal.command.json.RunJson;

/**
 * {@code --format json}: the commands' results as one line of JSON each, in the shapes the CLI and
 * the Maven plugin print (keys are only ever added). From {@link Migrator#json()}; the runs'
 * reports ({@code upgrade}, {@code downgrade}, {@code stamp}) through {@link #of(RunReport)}.
 */
public final class JsonReports {

    private final CommandContext context;
    private final JsonViews views;

    JsonReports(CommandContext context) {
        this.context = context;
        this.views = new JsonViews(context);
    }

    /** {@code {"current":[{"id":"002","known":true,"head":true}]}} */
    public JsonResult current() {
        return context.connectingAhead(c -> new JsonViews(c).current());
    }

    /** {@code {"heads":[{"id":"003","labels":[],"message":"...","effective":false}]}} */
    public JsonResult heads() {
        return views.heads();
    }

    /** {@code {"branches":[{"id":"001",...,"children":[...]}]}} */
    public JsonResult branches() {
        return views.branches();
    }

    /** @param range {@code start:end} or null; {@code current} is read from the database when asked for */
    public JsonResult history(String range, boolean indicateCurrent) {
        return views.history(range, indicateCurrent);
    }

    /** The revisions {@code target} names, each as in history plus its file. */
    public JsonResult show(String target) {
        return views.show(target);
    }

    public JsonResult status() {
        return context.connectingAhead(c -> new JsonViews(c).status());
    }

    /** A status already read (a shell needs its state for the exit code too). */
    public JsonResult of(StatusCommand.Result status) {
        return views.json(status);
    }

    /** @param limit the newest this many rows; null for all */
    public JsonResult log(Integer limit) {
        return views.log(limit);
    }

    public JsonResult of(LogCommand.Result log) {
        return views.json(log);
    }

    /** Differences are data here, not an error: {@link JsonResult#success()} is false when they differ. */
    public JsonResult check() {
        return views.check();
    }

    /** An {@code upgrade}, {@code downgrade} or {@code stamp} report as one line. */
    public static JsonResult of(RunReport report) {
        return RunJson.of(report);
    }

    /** Offline SQL owns standard output, so JSON cannot share it; a shell checks before anything runs. */
    public static void refuseWithSql(boolean json, boolean sql) {
        RunJson.refuseWithSql(json, sql);
    }
}
