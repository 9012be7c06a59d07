/**
 * Revisions written in Java against dialect-neutral operations (issue 7).
 *
 * <p>Each change is a value ({@link org.dbmigrate.operations.Operation}, a sealed interface with
 * one record per operation) that writes itself as SQL for a dialect, as the Java call that makes
 * it, and knows its inverse where what it holds allows one. A revision file
 * {@code versions/<id>_<slug>.java} holds {@code //} header lines (as the {@code --} lines of a SQL
 * revision) and one class implementing {@link org.dbmigrate.operations.Migration}; its
 * {@code upgrade(Operations op)} and {@code downgrade(Operations op)} receive
 * {@link org.dbmigrate.operations.Operations}, whose calls run at once online and are written as
 * SQL offline. A downgrade left out is derived from the upgrade's inverses.
 */
package org.dbmigrate.operations;
