package org.dbmigrate.runtime;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dbmigrate.graph.Direction;

/**
 * When a callback runs; its file name in {@code callbacks/} is the lower-case name
 * ({@code before_upgrade.sql}, or {@code before_upgrade__<anything>.sql} for several, in name order).
 */
public enum CallbackEvent {
    /** Once, after the lock is taken, before the first step; autocommit. */
    BEFORE_UPGRADE,
    /** Before each revision's statements, in the revision's transaction. */
    BEFORE_EACH_UPGRADE,
    /** After each revision's statements and version-row change, in the revision's transaction. */
    AFTER_EACH_UPGRADE,
    /** Once, after the last step committed; autocommit. */
    AFTER_UPGRADE,
    /** Once, after a failed run was rolled back (what could be); autocommit; the run's error stands. */
    AFTER_UPGRADE_ERROR,
    BEFORE_DOWNGRADE, BEFORE_EACH_DOWNGRADE, AFTER_EACH_DOWNGRADE, AFTER_DOWNGRADE, AFTER_DOWNGRADE_ERROR;

    /** The file name without {@code .sql}. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CallbackEvent before(Direction d) {
        return d == Direction.UPGRADE ? BEFORE_UPGRADE : BEFORE_DOWNGRADE;
    }

    public static CallbackEvent beforeEach(Direction d) {
        return d == Direction.UPGRADE ? BEFORE_EACH_UPGRADE : BEFORE_EACH_DOWNGRADE;
    }

    public static CallbackEvent afterEach(Direction d) {
        return d == Direction.UPGRADE ? AFTER_EACH_UPGRADE : AFTER_EACH_DOWNGRADE;
    }

    public static CallbackEvent after(Direction d) {
        return d == Direction.UPGRADE ? AFTER_UPGRADE : AFTER_DOWNGRADE;
    }

    public static CallbackEvent afterError(Direction d) {
        return d == Direction.UPGRADE ? AFTER_UPGRADE_ERROR : AFTER_DOWNGRADE_ERROR;
    }

    /** The event a callback file is for: {@code before_upgrade.sql}, {@code before_upgrade__audit.sql}. */
    public static Optional<CallbackEvent> forFile(String fileName) {
        String base = fileName.substring(0, fileName.length() - ".sql".length());
        int sep = base.indexOf("__");
        String event = sep < 0 ? base : base.substring(0, sep);
        return Arrays.stream(values()).filter(e -> e.fileName().equals(event)).findFirst();
    }

    public static List<String> fileNames() {
        return Arrays.stream(values()).map(e -> e.fileName() + ".sql").toList();
    }
}
