package org.dbmigrate.junit;

/** One thing a walk did, in order: {@code upgrade 002}, {@code downgrade 002}, {@code afterUpgrade 002}. */
public record WalkStep(String action, String revision) {

    @Override
    public String toString() {
        return action + " " + revision;
    }
}
