package org.dbmigrate.internal.command.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dbmigrate.command.CheckCommand;
import org.dbmigrate.command.CurrentCommand;
import org.dbmigrate.command.JsonResult;
import org.dbmigrate.command.LogCommand;
import org.dbmigrate.command.SchemaDiffersError;
import org.dbmigrate.command.StatusCommand;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.graph.Revision;
import org.dbmigrate.internal.command.CommandContext;
import org.dbmigrate.internal.graph.RevisionGraph;
import org.dbmigrate.internal.script.ScriptDirectory;
import org.dbmigrate.runtime.HistoryRow;

/**
 * {@code --format json} for {@code current}, {@code heads}, {@code branches}, {@code history}
 * and {@code check}. The shapes are a stable contract for scripts (keys are only ever added):
 * <pre>
 * current  {"current":[{"id":"002","known":true,"head":true}]}
 * heads    {"heads":[{"id":"003","labels":["audit"],"message":"...","effective":false}]}
 * branches {"branches":[{"id":"001","labels":[],"message":"...","children":[{"id":"002","labels":[],"message":"..."}]}]}
 * history  {"revisions":[{"id":"002","parents":["001"],"dependsOn":[],"labels":[],"message":"...",
 *           "base":false,"head":true,"branchPoint":false,"mergePoint":false,"current":true}]}
 * check    {"inSync":false,"differences":["..."]}
 * show     {"revisions":[{"id":"002","parents":["001"],"dependsOn":[],"labels":[],"message":"...",
 *           "base":false,"head":true,"branchPoint":false,"mergePoint":false,"path":"versions/002_b.sql"}]}
 * status   {"current":["001"],"heads":["003"],"pending":[{"id":"002","parents":["001"],"message":"..."}],
 *           "missing":[],"changed":[{"revision":"001","path":"versions/001_a.sql"}],"state":"pending"}
 * log      {"log":[{"revision":"002","direction":"upgrade","appliedAt":"2026-12-01T10:04:17.250Z",
 *           "appliedBy":"shop","durationMs":12,"success":true}]}
 * </pre>
 * {@code state} is {@code up-to-date}, {@code pending} or {@code problem}; {@code log} is newest first.
 * {@code labels} are the labels a revision carries (inherited included, sorted); {@code history}
 * is newest first and has {@code current} only when asked to indicate it.
 */
public final class JsonViews {

    private final CommandContext context;

    public JsonViews(CommandContext context) {
        this.context = context;
    }

    public JsonResult current() {
        RevisionGraph graph = context.scripts().graph();
        List<Object> rows = new ArrayList<>();
        for (String id : new CurrentCommand(context).run(new CurrentCommand.Options(false)).heads()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", id);
            boolean known = graph.find(id).isPresent();
            row.put("known", known); // false: a version row that no revision file defines
            row.put("head", known && graph.isHead(id));
            rows.add(row);
        }
        return ok("current", rows);
    }

    public JsonResult heads() {
        RevisionGraph graph = context.scripts().graph();
        List<Object> rows = new ArrayList<>();
        for (String id : graph.heads()) {
            Map<String, Object> row = summary(graph, graph.get(id));
            row.put("effective", !graph.isRealHead(id));
            rows.add(row);
        }
        return ok("heads", rows);
    }

    public JsonResult branches() {
        RevisionGraph graph = context.scripts().graph();
        List<Object> rows = new ArrayList<>();
        for (Revision revision : graph.revisions()) {
            if (graph.isBranchPoint(revision.id())) {
                Map<String, Object> row = summary(graph, revision);
                row.put("children", graph.children(revision.id()).stream().map(c -> summary(graph, c)).toList());
                rows.add(row);
            }
        }
        return ok("branches", rows);
    }

    /** @param range {@code start:end} or null; {@code current} is read from the database when used */
    public JsonResult history(String range, boolean indicateCurrent) {
        if (range != null && !range.contains(":")) {
            throw new MigrationError("History range requires [start]:[end], [start]:, or :[end] (got '" + range + "')");
        }
        RevisionGraph graph = context.scripts().graph();
        boolean needsDatabase = indicateCurrent || range != null && List.of(range.split(":", -1)).contains("current");
        Set<String> current = needsDatabase
                ? Set.copyOf(new CurrentCommand(context).run(new CurrentCommand.Options(false)).heads())
                : Set.of();
        List<Object> rows = new ArrayList<>();
        for (Revision r : graph.history(range, current)) {
            Map<String, Object> row = revision(graph, r);
            if (indicateCurrent) {
                row.put("current", current.contains(r.id()));
            }
            rows.add(row);
        }
        return ok("revisions", rows);
    }

    /** {@code show <rev>}: the revisions the target names, each as in history plus its file. */
    public JsonResult show(String target) {
        ScriptDirectory scripts = context.scripts();
        RevisionGraph graph = scripts.graph();
        String name = target == null ? "head" : target;
        Set<String> ids = name.equals("current")
                ? Set.copyOf(new CurrentCommand(context).run(new CurrentCommand.Options(false)).heads())
                : graph.resolve(name, Set.of());
        List<Object> rows = new ArrayList<>();
        for (Revision r : graph.revisions()) {
            if (ids.contains(r.id())) {
                Map<String, Object> row = revision(graph, r);
                row.put("path", scripts.displayName(scripts.script(r.id()).file()));
                rows.add(row);
            }
        }
        return ok("revisions", rows);
    }

    public JsonResult status() {
        return json(new StatusCommand(context).run(new StatusCommand.Options()));
    }

    /** A status already read (the shells need its state for the exit code too). */
    public JsonResult json(StatusCommand.Result status) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("current", status.current());
        out.put("heads", status.heads());
        out.put("pending", status.pending().stream().map(step -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", step.revision().id());
            row.put("parents", step.revision().parents());
            row.put("message", step.revision().message());
            return row;
        }).toList());
        out.put("missing", status.missing());
        out.put("changed", status.changed().stream().map(c -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("revision", c.revision());
            row.put("path", c.fileName());
            return row;
        }).toList());
        out.put("state", status.state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return new JsonResult(Json.write(out), true);
    }

    /** @param limit the newest this many rows; null for all */
    public JsonResult log(Integer limit) {
        return json(new LogCommand(context).run(new LogCommand.Options(limit)));
    }

    public JsonResult json(LogCommand.Result log) {
        List<Object> rows = new ArrayList<>();
        for (HistoryRow h : log.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("revision", h.revision());
            row.put("direction", h.direction());
            row.put("appliedAt", h.appliedAt().toString());
            row.put("appliedBy", h.appliedBy());
            row.put("durationMs", h.durationMs());
            row.put("success", h.success());
            rows.add(row);
        }
        return ok("log", rows);
    }

    /** Differences are data here, not an error: the caller exits non-zero when not in sync. */
    public JsonResult check() {
        Map<String, Object> out = new LinkedHashMap<>();
        try {
            new CheckCommand(context).run(new CheckCommand.Options());
            out.put("inSync", true);
            out.put("differences", List.of());
            return new JsonResult(Json.write(out), true);
        } catch (SchemaDiffersError e) {
            out.put("inSync", false);
            out.put("differences", e.differences());
            return new JsonResult(Json.write(out), false);
        }
    }

    private static Map<String, Object> revision(RevisionGraph graph, Revision r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", r.id());
        row.put("parents", r.parents());
        row.put("dependsOn", r.dependsOn());
        row.put("labels", graph.branchLabels(r.id()).stream().sorted().toList());
        row.put("message", r.message());
        row.put("base", r.isBase());
        row.put("head", graph.isHead(r.id()));
        row.put("branchPoint", graph.isBranchPoint(r.id()));
        row.put("mergePoint", graph.isMergePoint(r.id()));
        return row;
    }

    private static Map<String, Object> summary(RevisionGraph graph, Revision revision) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", revision.id());
        row.put("labels", graph.branchLabels(revision.id()).stream().sorted().toList());
        row.put("message", revision.message());
        return row;
    }

    private static JsonResult ok(String key, List<Object> rows) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(key, rows);
        return new JsonResult(Json.write(out), true);
    }
}
