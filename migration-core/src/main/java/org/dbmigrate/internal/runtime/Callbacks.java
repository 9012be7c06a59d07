package org.dbmigrate.internal.runtime;

import java.nio.charset.Charset;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.internal.script.PlaceholderReplacer;
import org.dbmigrate.internal.script.ScriptFile;
import org.dbmigrate.internal.script.ScriptSource;
import org.dbmigrate.internal.script.SqlStatement;
import org.dbmigrate.internal.script.SqlStatements;
import org.dbmigrate.internal.script.SqlSyntax;
import org.dbmigrate.runtime.CallbackEvent;
import org.dbmigrate.runtime.DatabaseError;
import org.dbmigrate.runtime.MigrationCallback;

/**
 * The callbacks of a run: the SQL files of {@code callbacks/} (split and placeholder-replaced when
 * loaded, so a broken one fails before anything runs) and the Java ones given to the Migrator.
 */
public final class Callbacks {

    /** The folder beside {@code versions/} that holds the SQL callbacks. */
    public static final String FOLDER = "callbacks";

    /** One callback file's statements, with its name as messages show it. */
    private record Script(String shown, List<SqlStatement> statements) {
    }

    private static final Callbacks NONE = new Callbacks(Map.of(), List.of(), PlaceholderReplacer.off());

    private final Map<CallbackEvent, List<Script>> scripts;
    private final List<MigrationCallback> java;
    private final PlaceholderReplacer placeholders;

    private Callbacks(Map<CallbackEvent, List<Script>> scripts, List<MigrationCallback> java,
            PlaceholderReplacer placeholders) {
        this.scripts = scripts;
        this.java = List.copyOf(java);
        this.placeholders = placeholders;
    }

    public static Callbacks none() {
        return NONE;
    }

    /**
     * Reads {@code dir} (missing: no SQL callbacks). A file whose name is no event is an error that
     * lists the names.
     */
    public static Callbacks load(ScriptSource location, Charset encoding, SqlSyntax syntax,
            PlaceholderReplacer placeholders, List<MigrationCallback> java) {
        Map<CallbackEvent, List<Script>> scripts = new EnumMap<>(CallbackEvent.class);
        for (ScriptFile file : location.files(FOLDER, List.of(".sql"))) {
            String name = file.name();
            String shown = FOLDER + "/" + name;
            CallbackEvent event = CallbackEvent.forFile(name).orElseThrow(() -> new MigrationError(shown
                    + " is not a callback name; name it after its event, e.g. " + String.join(", ",
                    CallbackEvent.fileNames()) + " (or <event>__<anything>.sql)"));
            List<SqlStatement> statements = SqlStatements.split(shown, file.text(shown, encoding), syntax);
            // replaced now only to fail early on an undefined name; the revision's own built-ins come at run time
            revisionBuiltIns(placeholders, "", "").replace(statements, shown);
            scripts.computeIfAbsent(event, e -> new ArrayList<>()).add(new Script(shown, statements));
        }
        return new Callbacks(scripts, java, placeholders);
    }

    public boolean isEmpty() {
        return scripts.isEmpty() && java.isEmpty();
    }

    /**
     * The SQL of {@code event} with placeholders replaced, for offline scripts (Java callbacks need a
     * connection and are left out).
     */
    public List<String> statements(CallbackEvent event, String revisionId) {
        List<String> sql = new ArrayList<>();
        for (Script script : scripts.getOrDefault(event, List.of())) {
            replaced(script, revisionId).forEach(st -> sql.add(st.sql()));
        }
        return sql;
    }

    private List<SqlStatement> replaced(Script script, String revisionId) {
        return revisionBuiltIns(placeholders, revisionId == null ? "" : revisionId, script.shown())
                .replace(script.statements(), script.shown());
    }

    private static PlaceholderReplacer revisionBuiltIns(PlaceholderReplacer base, String revisionId, String shown) {
        return base.with(PlaceholderReplacer.BuiltIns.REVISION, revisionId)
                .with(PlaceholderReplacer.BuiltIns.FILENAME, shown.substring(shown.lastIndexOf('/') + 1));
    }

    /**
     * Runs {@code event}'s callbacks on {@code connection} in its current transaction mode.
     *
     * @throws MigrationError naming the callback file and line (or the Java callback) when one fails
     */
    public void run(CallbackEvent event, String revisionId, Connection connection) {
        for (Script script : scripts.getOrDefault(event, List.of())) {
            try (Statement statement = connection.createStatement()) {
                for (SqlStatement sql : replaced(script, revisionId)) {
                    try {
                        statement.execute(sql.sql());
                    } catch (SQLException e) {
                        throw new MigrationError(script.shown() + " line " + sql.line() + " failed" + at(revisionId)
                                + ": " + DatabaseError.firstLine(e) + "; fix the callback and run again", e);
                    }
                }
            } catch (SQLException e) {
                throw new DatabaseError(DatabaseError.firstLine(e), e);
            }
        }
        for (MigrationCallback callback : java) {
            try {
                callback.handle(event, revisionId, connection);
            } catch (SQLException e) {
                throw new MigrationError("the Java callback " + callback.getClass().getName() + " failed on "
                        + event.fileName() + at(revisionId) + ": " + DatabaseError.firstLine(e), e);
            }
        }
    }

    private static String at(String revisionId) {
        return revisionId == null ? "" : " (revision " + revisionId + ")";
    }
}
