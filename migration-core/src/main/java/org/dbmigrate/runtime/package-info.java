/**
 * What a run tells its caller: the {@link org.dbmigrate.runtime.MigrationListener} and
 * {@link org.dbmigrate.runtime.MigrationCallback} it calls, the rows and steps it reports
 * ({@link org.dbmigrate.runtime.HistoryRow}, {@link org.dbmigrate.runtime.RanStep},
 * {@link org.dbmigrate.runtime.DatabaseState}) and the errors it stops with. How plans run (tables,
 * lock, transactions) is in {@code org.dbmigrate.internal.runtime}.
 */
package org.dbmigrate.runtime;
