package org.dbmigrate.internal.command;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dbmigrate.Migrator;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.config.Secret;
import org.dbmigrate.graph.Step;
import org.dbmigrate.runtime.MigrationListener;

/** One deployer process for the concurrency test: {@code upgrade head} against the given database. */
public final class UpgradeMain {

    /** Printed just before the upgrade starts when {@code announce} asks for it (the kill test times from it). */
    static final String STARTING = "starting upgrade";

    /** Printed before each revision runs when {@code announce} asks for it, followed by the revision id. */
    static final String REVISION = "revision ";

    private UpgradeMain() {
    }

    /**
     * Arguments: JDBC URL, user, script location, then optionally {@code announce} (print
     * {@link #STARTING} first and {@link #REVISION} before each revision) and a lock kind
     * ({@code advisory} or {@code table}), in any order.
     */
    public static void main(String[] args) {
        Path scripts = Path.of(args[2]);
        MigrateConfig config = new MigrateConfig(args[0], args[1], Secret.of(""), scripts,
                List.of(scripts.resolve("versions")), "migrate_version", "migrate_history",
                MigrateConfig.RevisionIdStyle.SEQUENTIAL, true, true, true, Duration.ofSeconds(120), Map.of());
        boolean announce = false;
        for (int i = 3; i < args.length; i++) {
            if (args[i].equals("announce")) {
                announce = true;
            } else {
                config = config.toBuilder().lock(MigrateConfig.LockKind.valueOf(args[i].toUpperCase(Locale.ROOT)))
                        .build();
            }
        }
        Migrator migrator = Migrator.create(config);
        if (announce) {
            migrator = migrator.withListener(new MigrationListener() {
                @Override
                public void stepStarting(int n, int total, Step step, Duration elapsed) {
                    System.out.println(REVISION + step.revision().id());
                    System.out.flush();
                }
            });
            System.out.println(STARTING);
            System.out.flush();
        }
        migrator.upgrade("head");
    }
}
