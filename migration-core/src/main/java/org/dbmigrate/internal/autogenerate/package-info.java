/**
 * Autogenerate (issue 6): {@code revision --autogenerate} and {@code check}.
 *
 * <ol>
 * <li>{@link org.dbmigrate.internal.autogenerate.Introspector}: the database's schema as a
 *     {@link org.dbmigrate.internal.autogenerate.SchemaSnapshot}, read with a few bulk catalog queries per
 *     database, spellings folded to canonical types and defaults ({@code TypeNames}, {@code Defaults}).</li>
 * <li>{@link org.dbmigrate.internal.autogenerate.ModelSource}: the wanted schema, from JPA entities
 *     ({@code jpa:}), a schema file run in a scratch schema ({@code schema:}) or another database
 *     ({@code url:}).</li>
 * <li>{@link org.dbmigrate.internal.autogenerate.SchemaComparator}: the differences as
 *     {@link org.dbmigrate.internal.autogenerate.SchemaChange}s, with the knobs of
 *     {@link org.dbmigrate.internal.autogenerate.ComparisonOptions}.</li>
 * <li>{@link org.dbmigrate.internal.autogenerate.MigrationRenderer}: the changes as operations of
 *     {@code org.dbmigrate.operations}, in an order the database accepts; the operations write the
 *     SQL (or the Java calls of a Java revision).</li>
 * </ol>
 */
package org.dbmigrate.internal.autogenerate;
