package org.dbmigrate.graph;

import java.util.Locale;

/** Which way a step moves the database. */
public enum Direction {
    UPGRADE, DOWNGRADE;

    /** The word used in {@code Running upgrade 001 -> 002} and in the history table. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
