package org.dbmigrate.internal.runtime;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.dbmigrate.config.JdbcUrls;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.internal.script.PlaceholderReplacer.BuiltIns;
import org.dbmigrate.internal.script.PlaceholderReplacer;
import org.dbmigrate.internal.script.RevisionScript;
import org.dbmigrate.runtime.DatabaseError;

/**
 * The SQL placeholder values a run uses: the configured ones plus the built-ins. Online, the user,
 * database and schema come from the connection; offline, from the settings (a built-in the settings
 * cannot answer, e.g. {@code migrate:database} offline, is an error where it is used, never empty).
 */
public final class RevisionPlaceholders {

    private RevisionPlaceholders() {
    }

    /** For a run on {@code database}. */
    public static PlaceholderReplacer online(MigrateConfig config, Database database) {
        PlaceholderReplacer replacer = common(config).with(BuiltIns.USER, database.appliedBy());
        try {
            String name = database.databaseName();
            String schema = !config.schemas().defaultSchema().isEmpty() ? config.schemas().defaultSchema()
                    : database.currentSchema();
            if (!name.isEmpty()) {
                replacer = replacer.with(BuiltIns.DATABASE, name);
            }
            return schema.isEmpty() ? replacer : replacer.with(BuiltIns.SCHEMA, schema);
        } catch (SQLException e) {
            throw new DatabaseError("cannot read the connection's schema: " + DatabaseError.firstLine(e), e);
        }
    }

    /** For {@code --sql}: only what the settings say. */
    public static PlaceholderReplacer offline(MigrateConfig config) {
        PlaceholderReplacer replacer = common(config);
        String user = !config.user().isEmpty() ? config.user() : JdbcUrls.user(config.url()).orElse("");
        if (!user.isEmpty()) {
            replacer = replacer.with(BuiltIns.USER, user);
        }
        String schema = config.schemas().defaultSchema();
        return schema.isEmpty() ? replacer : replacer.with(BuiltIns.SCHEMA, schema);
    }

    private static PlaceholderReplacer common(MigrateConfig config) {
        MigrateConfig.SqlPlaceholders settings = config.sqlPlaceholders();
        return new PlaceholderReplacer(settings.values(), settings.replace())
                .with(BuiltIns.VERSION_TABLE, config.versionTable())
                .with(BuiltIns.HISTORY_TABLE, config.historyTable());
    }

    /** {@code base} with the revision's own built-ins. */
    static PlaceholderReplacer forRevision(PlaceholderReplacer base, RevisionScript script) {
        Path name = script.file().getFileName();
        return base.with(BuiltIns.REVISION, script.revision().id())
                .with(BuiltIns.FILENAME, name == null ? script.file().toString() : name.toString());
    }

    /**
     * Revision scripts whose SQL sections carry the replaced text (checksums stay those of the files).
     * Each revision is replaced once, when first asked for: a run asks for a step's script in the
     * checks before it and again in its loop, and replacing it anew each time cost as much per
     * revision as the rest of the loop's own work (building the replacer, the display name, a copy
     * of every statement). A revision that fails to replace is not kept, so it fails again.
     */
    public static RevisionScripts replacing(RevisionScripts scripts, PlaceholderReplacer base) {
        Map<String, RevisionScript> replaced = new HashMap<>();
        return new RevisionScripts() {
            @Override
            public RevisionScript script(String revisionId) {
                RevisionScript known = replaced.get(revisionId);
                if (known != null) {
                    return known;
                }
                RevisionScript s = scripts.script(revisionId);
                if (s.isJava() || !base.enabled()) {
                    return s;
                }
                PlaceholderReplacer r = forRevision(base, s);
                String shown = scripts.displayName(s.file());
                RevisionScript script = new RevisionScript(s.revision(), s.file(), s.createDate(),
                        r.replace(s.upgrade(), shown), s.downgrade().map(d -> r.replace(d, shown)), s.checksum(),
                        s.java());
                replaced.put(revisionId, script);
                return script;
            }

            @Override
            public String displayName(Path file) {
                return scripts.displayName(file);
            }

            @Override
            public Map<String, String> placeholders(String revisionId) {
                return forRevision(base, scripts.script(revisionId)).values();
            }
        };
    }
}
