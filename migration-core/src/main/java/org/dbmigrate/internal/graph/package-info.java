/**
 * The revision graph, pure: no JDBC, no files, no clock. Alembic 1.8.1's semantics, checked against
 * Alembic itself ({@code AlembicAgreementTest}, {@code RandomGraphAgreementTest}).
 *
 * <ul>
 * <li>{@link org.dbmigrate.graph.Revision}: one node (id, parents, depends-on, branch labels);
 *     {@link org.dbmigrate.internal.graph.RevisionGraph} is built once from a list by
 *     {@code GraphBuilder}, which rejects cycles, duplicates and missing parents
 *     with errors that carry the revisions they are about.</li>
 * <li>Identifiers ({@code head}, {@code heads}, {@code base}, prefixes of four or more characters,
 *     {@code label@head}, {@code +N}/{@code -N}, {@code id+N}, ranges) resolve against the graph and
 *     the database's current rows, which callers pass in as plain ids.</li>
 * <li>{@link org.dbmigrate.graph.Plan}: the {@link org.dbmigrate.graph.Step}s of an upgrade,
 *     downgrade or stamp in run order, each with the change it makes to the version rows
 *     ({@link org.dbmigrate.graph.VersionChange}); the runtime applies exactly those changes.</li>
 * </ul>
 */
package org.dbmigrate.internal.graph;
