package org.dbmigrate.internal.command;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.internal.runtime.Callbacks;
import org.dbmigrate.internal.runtime.ConnectionSource;
import org.dbmigrate.internal.script.PlaceholderReplacer;
import org.dbmigrate.internal.script.ScriptDirectory;
import org.dbmigrate.internal.script.ScriptSource;
import org.dbmigrate.runtime.MigrationCallback;
import org.dbmigrate.runtime.MigrationListener;

/**
 * What every command runs with: the merged settings, where connections come from, where progress
 * goes, and the clock (for Create Date and history timestamps; tests fix it). {@code loadedScripts}
 * is a script directory already parsed (a fleet parses once for all its targets), else null.
 */
public record CommandContext(MigrateConfig config, ConnectionSource connections, MigrationListener listener,
        Clock clock, ScriptDirectory loadedScripts, List<MigrationCallback> callbacks) {

    /** Without Java callbacks; the scripts are read when first asked for. */
    public CommandContext(MigrateConfig config, ConnectionSource connections, MigrationListener listener, Clock clock) {
        this(config, connections, listener, clock, null, List.of());
    }

    /** Scripts already read and parsed once (a fleet shares them), without Java callbacks. */
    public CommandContext(MigrateConfig config, ConnectionSource connections, MigrationListener listener, Clock clock,
            ScriptDirectory loadedScripts) {
        this(config, connections, listener, clock, loadedScripts, List.of());
    }

    public CommandContext {
        callbacks = callbacks == null ? List.of() : List.copyOf(callbacks);
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(connections, "connections");
        listener = listener == null ? MigrationListener.SILENT : listener;
        clock = clock == null ? new SystemZoneClock() : clock;
    }

    /** The script directory, split by the rules of the database the connections reach. */
    public ScriptDirectory scripts() {
        if (loadedScripts != null) {
            return loadedScripts;
        }
        return ScriptDirectory.load(config, connections.sqlSyntax());
    }

    /**
     * The callbacks of a run: {@code callbacks/*.sql} (placeholders replaced by {@code placeholders})
     * and the Java ones.
     */
    public Callbacks callbacks(PlaceholderReplacer placeholders) {
        return Callbacks.load(ScriptSource.of(config.scriptSource()), config.encoding(), connections.sqlSyntax(),
                placeholders, callbacks);
    }

    /**
     * Runs {@code command}, which will connect, with its first connection opened ahead while it reads
     * the revision files ({@link ConnectionSource#connectAhead}); scripts read already leave nothing
     * to overlap. The attempt is ended, and a connection not taken closed, when the command returns.
     */
    public <T> T connectingAhead(Function<CommandContext, T> command) {
        if (loadedScripts != null) {
            return command.apply(this);
        }
        try (ConnectionSource.Ahead ahead = connections.connectAhead()) {
            return command.apply(new CommandContext(config, ahead, listener, clock, null, callbacks));
        }
    }

    public static CommandContext of(MigrateConfig config) {
        return new CommandContext(config, ConnectionSource.of(config), MigrationListener.SILENT, null);
    }
}
