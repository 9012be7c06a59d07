package org.dbmigrate.graph;

/**
 * One change to the version table ({@code migrate_version}, one row per current head), exactly as
 * Alembic's {@code alembic_version} rows change. The runtime applies each and checks that it
 * touched exactly one row.
 */
public sealed interface VersionChange {

    /** A new branch starts: {@code INSERT ... VALUES (id)}. */
    record Insert(String id) implements VersionChange {
    }

    /** A branch ends (merged away or downgraded past its base): {@code DELETE ... WHERE version_num = id}. */
    record Delete(String id) implements VersionChange {
    }

    /** The head moves: {@code UPDATE ... SET version_num = to WHERE version_num = from}. */
    record Update(String from, String to) implements VersionChange {
    }
}
