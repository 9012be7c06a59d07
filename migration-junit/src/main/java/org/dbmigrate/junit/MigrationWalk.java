package org.dbmigrate.junit;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.dbmigrate.Migrator;
import org.dbmigrate.Stepwise;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.graph.Revisions;
import org.dbmigrate.graph.Step;

/**
 * Walks a project's revisions on an empty database, one revision at a time, in the graph's
 * upgrade order (parents first, branches as {@code upgrade heads} would run them), then all the
 * way down to base. With the snake walk on (the default when downgrades are enabled), each
 * revision goes up, down and up again, and the schema after its downgrade must equal the schema
 * before its upgrade: a downgrade that forgets something fails the test at that revision.
 *
 * <pre>{@code
 * MigrationWalk.of(config, dataSource)
 *         .beforeUpgrade("003", c -> c.createStatement().execute("INSERT INTO users ..."))
 *         .afterUpgrade("003", c -> assertEquals(1, count(c, "orders")))
 *         .run();
 * }</pre>
 *
 * Hooks run once, on the first upgrade (and on each downgrade for {@link #afterDowngrade}).
 * Every problem is a {@link MigrationWalkError} naming the revision and the phase.
 */
public final class MigrationWalk {

    private final Migrator migrator;
    private final Map<String, List<ConnectionHook>> beforeUpgrade = new HashMap<>();
    private final Map<String, List<ConnectionHook>> afterUpgrade = new HashMap<>();
    private final Map<String, List<ConnectionHook>> afterDowngrade = new HashMap<>();
    private Boolean snake;
    private Boolean downToBase;

    private MigrationWalk(Migrator migrator) {
        this.migrator = Objects.requireNonNull(migrator, "migrator");
    }

    public static MigrationWalk of(Migrator migrator) {
        return new MigrationWalk(migrator);
    }

    /** The config's scripts and settings, connections from {@code dataSource} (its URL is not used). */
    public static MigrationWalk of(MigrateConfig config, DataSource dataSource) {
        return of(Migrator.create(config, dataSource));
    }

    /**
     * The settings of a {@code migrate.conf} (paths in it relative to its folder, {@code ${VAR}}
     * from the environment), connections from {@code dataSource}.
     */
    public static MigrationWalk of(Path configFile, DataSource dataSource) {
        return of(Configs.load(configFile), dataSource);
    }

    /** Runs before {@code revision} is first upgraded: seed the rows it has to migrate. */
    public MigrationWalk beforeUpgrade(String revision, ConnectionHook hook) {
        return add(beforeUpgrade, revision, hook);
    }

    /** Runs right after {@code revision} is first upgraded: assert on schema and data. */
    public MigrationWalk afterUpgrade(String revision, ConnectionHook hook) {
        return add(afterUpgrade, revision, hook);
    }

    /** Runs after each downgrade of {@code revision} (snake step and walk to base). */
    public MigrationWalk afterDowngrade(String revision, ConnectionHook hook) {
        return add(afterDowngrade, revision, hook);
    }

    /** Up, down and up again at each revision; default: on when the config allows downgrades. */
    public MigrationWalk snake(boolean on) {
        this.snake = on;
        return this;
    }

    /** Downgrade to base at the end (and check nothing is left); default as {@link #snake}. */
    public MigrationWalk downToBase(boolean on) {
        this.downToBase = on;
        return this;
    }

    /** Walks; returns what was done, in order. The database must have no version yet. */
    public List<WalkStep> run() {
        Stepwise steps = migrator.stepwise();
        Revisions graph = steps.revisions();
        checkHooksName(graph);
        boolean downgrades = migrator.config().downgradeEnabled();
        boolean snakeWalk = snake != null ? snake : downgrades;
        boolean toBase = downToBase != null ? downToBase : downgrades;
        if ((snakeWalk || toBase) && !downgrades) {
            throw new IllegalStateException("downgrade = false in the config: a walk with snake(true) or"
                    + " downToBase(true) needs downgrades");
        }
        Set<String> start = steps.heads();
        if (!start.isEmpty()) {
            throw new IllegalStateException("a migration walk starts on an empty database, but this one is at "
                    + start + "; give each test its own database");
        }
        List<WalkStep> done = new ArrayList<>();
        Stepwise.Schema empty = steps.schema();
        for (Step step : graph.upgrade(Set.of(), "heads").steps()) {
            String id = step.revision().id();
            Stepwise.Schema before = snakeWalk ? steps.schema() : null;
            hooks(steps, beforeUpgrade, id, "beforeUpgrade", done);
            act(() -> steps.upgrade(id), id, "upgrade", done);
            hooks(steps, afterUpgrade, id, "afterUpgrade", done);
            if (snakeWalk) {
                act(() -> steps.downgrade(id), id, "snake downgrade", done);
                hooks(steps, afterDowngrade, id, "afterDowngrade", done);
                List<String> left = steps.differences(before, steps.schema());
                if (!left.isEmpty()) {
                    throw new MigrationWalkError(id, "snake downgrade", "the schema after the downgrade differs"
                            + " from the schema before the upgrade (fix its downgrade section); to get it back: "
                            + String.join("; ", left), null);
                }
                act(() -> steps.upgrade(id), id, "upgrade again", done);
            }
        }
        if (toBase) {
            for (Step step : graph.downgrade(steps.heads(), "base").steps()) {
                String id = step.revision().id();
                act(() -> steps.downgrade(id), id, "downgrade", done);
                hooks(steps, afterDowngrade, id, "afterDowngrade", done);
            }
            List<String> left = steps.differences(empty, steps.schema());
            if (!left.isEmpty()) {
                String base = graph.bases().isEmpty() ? "base" : String.join(", ", graph.bases());
                throw new MigrationWalkError(base, "downgrade to base", "the schema is not as it was before"
                        + " the first upgrade; to get it back: " + String.join("; ", left), null);
            }
        }
        return List.copyOf(done);
    }

    private interface Action {
        void run() throws Exception;
    }

    private static void act(Action action, String id, String phase, List<WalkStep> done) {
        try {
            action.run();
        } catch (MigrationError e) {
            throw new MigrationWalkError(id, phase, e.getMessage(), e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new MigrationWalkError(id, phase, String.valueOf(e.getMessage()), e);
        }
        done.add(new WalkStep(phase, id));
    }

    private static void hooks(Stepwise steps, Map<String, List<ConnectionHook>> hooks, String id, String phase,
            List<WalkStep> done) {
        for (ConnectionHook hook : hooks.getOrDefault(id, List.of())) {
            try {
                try (Connection connection = steps.openConnection()) {
                    connection.setAutoCommit(true);
                    hook.accept(connection);
                }
            } catch (AssertionError | Exception e) {
                throw new MigrationWalkError(id, phase + " hook", String.valueOf(e.getMessage()), e);
            }
            done.add(new WalkStep(phase, id));
        }
    }

    /** A hook on a revision that does not exist would never run: say so instead of passing. */
    private void checkHooksName(Revisions graph) {
        for (Map<String, List<ConnectionHook>> hooks : List.of(beforeUpgrade, afterUpgrade, afterDowngrade)) {
            for (String id : hooks.keySet()) {
                if (graph.find(id).isEmpty()) {
                    throw new IllegalArgumentException("a hook names revision '" + id + "', which no file defines;"
                            + " use the full revision id");
                }
            }
        }
    }

    private MigrationWalk add(Map<String, List<ConnectionHook>> hooks, String revision, ConnectionHook hook) {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(hook, "hook");
        hooks.computeIfAbsent(revision, k -> new ArrayList<>()).add(hook);
        return this;
    }
}
