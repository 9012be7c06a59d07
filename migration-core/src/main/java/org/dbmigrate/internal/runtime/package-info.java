/**
 * Running a plan on a database, online through JDBC or offline as a SQL script.
 *
 * <p>Bookkeeping. {@link org.dbmigrate.internal.runtime.VersionTable} holds one row per current head, as
 * Alembic's {@code alembic_version}; every UPDATE and DELETE it issues must touch exactly one row or
 * the run stops. {@link org.dbmigrate.internal.runtime.HistoryTable} records every step (direction,
 * checksum, who, when, how long, success). {@code StepRecorder} writes a finished step's version
 * change, history row and progress marker in as few round trips as the database allows. Which rows
 * a step leaves is decided once, by the plan ({@code Step.headsAfter}).
 *
 * <p>Locking. Mutating commands hold {@link org.dbmigrate.internal.runtime.MigrationLock} (the dialect's
 * advisory or named lock) and read the version rows again once they hold it, so concurrent
 * deployers never apply a revision twice.
 *
 * <p>Transactions ({@link org.dbmigrate.internal.runtime.PlanRunner}). Where DDL is transactional
 * (PostgreSQL) a step's statements, its version change and its history row commit together;
 * {@code transaction_per_migration = false} commits once at the end of the run instead. Where DDL
 * commits on its own (MySQL, MariaDB, H2) the version row moves only after the revision's last
 * statement, and each step commits. A {@code -- migrate:no-transaction} section runs in autocommit,
 * and its version change commits right after it.
 */
package org.dbmigrate.internal.runtime;
