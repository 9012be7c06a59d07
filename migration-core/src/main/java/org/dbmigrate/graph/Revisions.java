package org.dbmigrate.graph;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The revisions of a script folder as a graph, read-only: what a report, a health check or a
 * migration test asks of it (from {@code Migrator.revisions()}). Plans are only computed here;
 * nothing runs.
 */
public interface Revisions {

    int size();

    /** Every revision, in the scripts' order. */
    List<Revision> revisions();

    Optional<Revision> find(String id);

    /** Revisions no other revision revises, in the scripts' order: what {@code heads} prints. */
    List<String> heads();

    /** Revisions without a parent, in the scripts' order. */
    List<String> bases();

    /** The branch labels {@code id} carries, its own and those it inherits. */
    Set<String> branchLabels(String id);

    /** What {@code id} depends on ({@code Depends On:}), as revision ids. */
    List<String> dependencies(String id);

    boolean isHead(String id);

    boolean isBranchPoint(String id);

    boolean isMergePoint(String id);

    /** The revisions in {@code range} ({@code start:end}, null for all), newest first, as history lists them. */
    List<Revision> history(String range, Set<String> currentHeads);

    /** What {@code upgrade target} would run from {@code currentHeads}. */
    Plan upgrade(Set<String> currentHeads, String target);

    /** What {@code downgrade target} would run from {@code currentHeads}. */
    Plan downgrade(Set<String> currentHeads, String target);

    /** Reverting {@code id}, an applied head, and nothing else (not its siblings on other branches). */
    Plan downgradeOne(Set<String> currentHeads, String id);
}
