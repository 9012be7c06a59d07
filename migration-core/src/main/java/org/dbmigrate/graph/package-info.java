/**
 * The revision graph as results show it: {@link org.dbmigrate.graph.Revision}s,
 * {@link org.dbmigrate.graph.Plan}s of {@link org.dbmigrate.graph.Step}s with the
 * {@link org.dbmigrate.graph.VersionChange} each makes, the read-only graph
 * ({@link org.dbmigrate.graph.Revisions}, from {@code Migrator.revisions()}) and the errors a caller
 * tells apart. The graph itself and identifier resolution are in {@code org.dbmigrate.internal.graph}.
 */
package org.dbmigrate.graph;
