package org.dbmigrate.internal.command.json;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dbmigrate.command.JsonResult;
import org.dbmigrate.command.RunReport;
import org.dbmigrate.error.Flag;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.error.Wording;
import org.dbmigrate.runtime.RanStep;

/**
 * {@code --format json} for {@code upgrade}, {@code downgrade} and {@code stamp}: one line, keys
 * only ever added.
 * <pre>
 * {"command":"upgrade","from":["001"],"to":["003"],"steps":[{"revision":"002","direction":"upgrade",
 *  "message":"...","durationMs":12},...],"durationMs":40,"summary":"Upgraded 001 -> 003: 2 revisions in 0.0 s"}
 * </pre>
 * {@code from}/{@code to} are the version rows (empty: base); {@code steps} is empty for stamp.
 */
public final class RunJson {

    private RunJson() {
    }

    public static JsonResult of(RunReport report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("command", report.command());
        out.put("from", report.from());
        out.put("to", report.to());
        out.put("steps", report.steps().stream().map(RunJson::step).toList());
        out.put("durationMs", report.duration().toMillis());
        out.put("summary", report.summary());
        return new JsonResult(Json.write(out), true);
    }

    /** Offline SQL owns standard output, so JSON cannot share it; checked before anything runs. */
    public static void refuseWithSql(boolean json, boolean sql) {
        if (json && sql) {
            throw new MigrationError(Wording.of(Flag.FORMAT.is("json"), " cannot be combined with ", Flag.SQL,
                    ": standard output holds the SQL script; drop one of them"));
        }
    }

    private static Map<String, Object> step(RanStep ran) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("revision", ran.step().revision().id());
        row.put("direction", ran.step().direction().word());
        row.put("message", ran.step().revision().message());
        row.put("durationMs", ran.duration().toMillis());
        return row;
    }
}
