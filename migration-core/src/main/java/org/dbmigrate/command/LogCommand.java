package org.dbmigrate.command;

import java.sql.SQLException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.dbmigrate.error.Flag;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.error.Wording;
import org.dbmigrate.internal.command.CommandContext;
import org.dbmigrate.internal.runtime.MigrationSession;
import org.dbmigrate.runtime.DatabaseError;
import org.dbmigrate.runtime.HistoryRow;

/** {@code log [-n N]}: the rows of {@code migrate_history}, newest first. Reads only. */
public final class LogCommand {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final CommandContext context;

    public LogCommand(CommandContext context) {
        this.context = context;
    }

    /** @param limit the newest this many rows; null for all */
    public record Options(Integer limit) {
    }

    /**
     * @param rows the rows, newest first
     * @param zone the time zone {@code applied_at} prints in (the clock's: the machine's own)
     */
    public record Result(List<HistoryRow> rows, ZoneId zone) implements CommandResult {

        /** A header and one aligned line per row; nothing when there is no history. */
        @Override
        public List<String> lines() {
            if (rows.isEmpty()) {
                return List.of();
            }
            List<String[]> cells = new ArrayList<>();
            cells.add(new String[] {"applied_at", "direction", "revision", "applied_by", "duration", "success"});
            for (HistoryRow row : rows) {
                cells.add(new String[] {WHEN.format(row.appliedAt().atZone(zone)), row.direction(), row.revision(),
                    row.appliedBy(), row.durationMs() + " ms", row.success() ? "yes" : "FAILED"});
            }
            int[] width = new int[6];
            cells.forEach(c -> {
                for (int i = 0; i < c.length; i++) {
                    width[i] = Math.max(width[i], c[i].length());
                }
            });
            List<String> lines = new ArrayList<>();
            for (String[] c : cells) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < c.length; i++) {
                    line.append(i == c.length - 1 ? c[i] : String.format("%-" + (width[i] + 2) + "s", c[i]));
                }
                lines.add(line.toString().stripTrailing());
            }
            return List.copyOf(lines);
        }
    }

    public Result run(Options options) {
        if (options.limit() != null && options.limit() < 1) {
            throw new MigrationError(Wording.of(Wording.command("log"), " ", Flag.LIMIT,
                    " must be 1 or more, got " + options.limit()));
        }
        try (MigrationSession session = MigrationSession.open(context.connections(), context.config(),
                context.listener(), context.clock())) {
            List<HistoryRow> rows = session.history().newest(options.limit() == null ? 0 : options.limit());
            session.announce();
            return new Result(rows, context.clock().getZone());
        } catch (SQLException e) {
            throw new DatabaseError(DatabaseError.firstLine(e), e);
        }
    }
}
