package org.dbmigrate.internal.command;

import org.dbmigrate.command.GraphCommand;
import org.dbmigrate.command.UpgradeCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dbmigrate.graphview.GraphFormat;
import org.dbmigrate.internal.command.json.Json;
import org.dbmigrate.internal.command.json.JsonViews;
import org.dbmigrate.internal.runtime.ConnectionSource;
import org.dbmigrate.internal.runtime.RuntimeTestConfig;
import org.dbmigrate.internal.runtime.TestDatabase;
import org.dbmigrate.internal.script.RevisionFiles;
import org.dbmigrate.runtime.MigrationListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 8: --format json for scripts and CI, and the graph command marking the database's revisions. */
class JsonAndGraphCommandsTest {

    @TempDir
    Path dir;

    TestDatabase db;
    CommandContext context;

    @BeforeEach
    void branchedProjectUpgradedTo003() throws Exception {
        RevisionFiles.write(dir, "001", "", "Create accounts");
        RevisionFiles.write(dir, "002", "001", "Add \"users\"");
        RevisionFiles.write(dir, "003", "002", "Add audit");
        RevisionFiles.write(dir, "004", "002", "Add billing");
        db = new TestDatabase.H2("json");
        context = CommandContext.of(RuntimeTestConfig.of(db, dir));
        new UpgradeCommand(context).run(new UpgradeCommand.Options("003", null, false, null, false));
    }

    @AfterEach
    void drop() throws Exception {
        db.close();
    }

    @Test
    void currentListsTheVersionRows() {
        JsonObject json = parse(new JsonViews(context).current().json());
        assertEquals("{\"current\":[{\"id\":\"003\",\"known\":true,\"head\":true}]}", json.toString());
    }

    @Test
    void headsWithLabelsAndEffectiveFlag() {
        JsonArray heads = parse(new JsonViews(context).heads().json()).getAsJsonArray("heads");
        assertEquals(List.of("003", "004"), ids(heads));
        JsonObject first = heads.get(0).getAsJsonObject();
        assertEquals("Add audit", first.get("message").getAsString());
        assertEquals(0, first.getAsJsonArray("labels").size());
        assertFalse(first.get("effective").getAsBoolean());
    }

    @Test
    void branchesNameTheirChildren() {
        JsonArray branches = parse(new JsonViews(context).branches().json()).getAsJsonArray("branches");
        assertEquals(1, branches.size());
        JsonObject point = branches.get(0).getAsJsonObject();
        assertEquals("002", point.get("id").getAsString());
        assertEquals("Add \"users\"", point.get("message").getAsString());
        assertEquals(List.of("003", "004"), ids(point.getAsJsonArray("children")));
    }

    @Test
    void historyNewestFirstWithMarkersAndCurrent() {
        JsonArray revisions = parse(new JsonViews(context).history(null, true).json()).getAsJsonArray("revisions");
        assertEquals("001", revisions.get(revisions.size() - 1).getAsJsonObject().get("id").getAsString());
        JsonObject base = revisions.get(revisions.size() - 1).getAsJsonObject();
        assertTrue(base.get("base").getAsBoolean());
        assertEquals(0, base.getAsJsonArray("parents").size());
        JsonObject branchPoint = find(revisions, "002");
        assertTrue(branchPoint.get("branchPoint").getAsBoolean());
        assertTrue(find(revisions, "003").get("current").getAsBoolean());
        assertFalse(find(revisions, "004").get("current").getAsBoolean());
        // without -i the key is absent, so scripts can tell "not asked" from "not current"
        assertFalse(parse(new JsonViews(context).history(":002", false).json()).getAsJsonArray("revisions")
                .get(0).getAsJsonObject().has("current"));
    }

    @Test
    void writerEscapesControlCharacters() {
        assertEquals("{\"a\":\"q\\\"b\\\\n\\n\\u0001\",\"b\":[1,true,null]}",
                Json.write(orderedMap("a", "q\"b\\n\n\u0001", "b", Arrays.asList(1, true, null))));
    }

    @Test
    void graphMarksTheDatabaseCurrentRevisionUnlessToldNotToRead() {
        GraphCommand.Result read = new GraphCommand(context).run(new GraphCommand.Options(GraphFormat.DOT, true));
        assertTrue(read.text().contains("\"003\" [label=\"003\\nAdd audit\\n(head) (current)\""), read.text());
        GraphCommand.Result filesOnly = new GraphCommand(context).run(new GraphCommand.Options(GraphFormat.DOT, false));
        assertFalse(filesOnly.text().contains("(current)"));
        assertEquals(Set.of("003"), Set.copyOf(read.picture().nodes().stream().filter(n -> n.current())
                .map(n -> n.id()).toList()));
    }

    @Test
    void graphOfAnUnreachableDatabaseIsDrawnFromTheFilesWithAWarning() {
        List<String> warnings = new ArrayList<>();
        MigrationListener listener = new MigrationListener() {
            @Override
            public void warn(String line) {
                warnings.add(line);
            }
        };
        var config = context.config().toBuilder().url("jdbc:h2:tcp://127.0.0.1:1/nowhere").build();
        CommandContext unreachable = new CommandContext(config, ConnectionSource.of(config), listener, null);
        GraphCommand.Result result = new GraphCommand(unreachable).run(new GraphCommand.Options(GraphFormat.MERMAID, true));
        assertTrue(result.text().startsWith("flowchart TB\n"), result.text());
        assertFalse(result.text().contains("(current)"));
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).startsWith("Current revisions not marked: cannot connect to the database"),
                warnings::toString);
    }

    private static Map<String, Object> orderedMap(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }

    private static JsonObject parse(String json) {
        return JsonParser.parseString(json).getAsJsonObject();
    }

    private static List<String> ids(JsonArray rows) {
        List<String> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(r.getAsJsonObject().get("id").getAsString()));
        return ids;
    }

    private static JsonObject find(JsonArray rows, String id) {
        for (var r : rows) {
            if (r.getAsJsonObject().get("id").getAsString().equals(id)) {
                return r.getAsJsonObject();
            }
        }
        throw new AssertionError(id + " not in " + rows);
    }
}
