package org.dbmigrate.internal.runtime;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.internal.script.ScriptFile;
import org.dbmigrate.internal.script.ScriptSource;
import org.dbmigrate.internal.script.SqlStatement;
import org.dbmigrate.runtime.DatabaseError;
import org.dbmigrate.runtime.MigrationListener;

/**
 * {@code populate}: runs the reference-data scripts {@code populate/*.sql} in file-name order, each
 * in its own transaction, skipping a script whose checksum equals the one recorded at its last
 * successful run (unless forced). Runs are recorded in {@value #TABLE}: one row per script, replaced
 * on each successful run.
 */
public final class PopulateRunner {

    public static final String TABLE = "migrate_populate";

    /** The folder of populate scripts in the script location. */
    public static final String FOLDER = "populate";

    private final Database database;
    private final MigrationListener listener;
    private final Clock clock;

    PopulateRunner(Database database, MigrationListener listener, Clock clock) {
        this.database = database;
        this.listener = listener;
        this.clock = clock;
    }

    /** Runs {@code populate/*.sql} of the script location {@code scripts}; the names of the scripts that ran. */
    public List<String> run(ScriptSource scripts, boolean force, StatementSplitter splitter) throws SQLException {
        List<ScriptFile> files = scripts.files(FOLDER, List.of(".sql"));
        if (files.isEmpty()) {
            listener.info("No populate scripts in " + scripts.pathOf(FOLDER));
            return List.of();
        }
        database.execute(database.dialect().createPopulateTableIfMissing(TABLE));
        Map<String, String> recorded = recorded();
        List<String> ran = new ArrayList<>();
        for (ScriptFile file : files) {
            String name = file.name();
            String text = file.text(file.path().toString());
            String checksum = checksum(text);
            if (!force && checksum.equals(recorded.get(name))) {
                listener.info("Skipping populate " + name + ": unchanged since its last run");
                continue;
            }
            listener.info("Running populate " + name);
            runScript(file.path(), name, text, checksum, splitter);
            ran.add(name);
        }
        return List.copyOf(ran);
    }

    private void runScript(Path file, String name, String text, String checksum, StatementSplitter splitter)
            throws SQLException {
        long start = System.nanoTime();
        database.inTransaction(() -> {
            try (Statement statement = database.connection().createStatement()) {
                for (SqlStatement sql : splitter.split(name, text)) {
                    try {
                        statement.execute(sql.sql());
                    } catch (SQLException e) {
                        // inTransaction rolls the script back
                        throw new MigrationError("populate failed at " + file + " line " + sql.line() + ": "
                                + DatabaseError.firstLine(e) + ". The script's transaction was rolled back"
                                + (database.dialect().transactionalDdl() ? ""
                                        : " (DDL in it stays, as this database commits DDL at once)")
                                + "; fix the script and run populate again.", e);
                    }
                }
                record(name, checksum, (System.nanoTime() - start) / 1_000_000);
            }
            return null;
        });
    }

    private void record(String name, String checksum, long durationMs) throws SQLException {
        Connection connection = database.connection();
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + TABLE + " WHERE script = ?")) {
            delete.setString(1, name);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
                + " (script, checksum, applied_at, applied_by, duration_ms) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, name);
            insert.setString(2, checksum);
            insert.setTimestamp(3, Timestamp.from(clock.instant()));
            insert.setString(4, database.appliedBy());
            insert.setLong(5, durationMs);
            insert.executeUpdate();
        }
    }

    private Map<String, String> recorded() throws SQLException {
        Map<String, String> recorded = new HashMap<>();
        try (Statement statement = database.connection().createStatement();
                ResultSet rs = statement.executeQuery("SELECT script, checksum FROM " + TABLE)) {
            while (rs.next()) {
                recorded.put(rs.getString(1), rs.getString(2));
            }
        }
        return recorded;
    }

    /** SHA-256 (lower-case hex) of the text with line endings as {@code \n}, like revision files. */
    static String checksum(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
