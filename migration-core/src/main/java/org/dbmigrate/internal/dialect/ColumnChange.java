package org.dbmigrate.internal.dialect;

/**
 * An ALTER COLUMN with its parts already written as SQL. A null part is not changed. The
 * {@code existing} parts describe the column as it is: MySQL rewrites the whole column
 * ({@code MODIFY COLUMN}), so it needs what stays the same.
 *
 * @param newType          the new type, or null
 * @param nullable         the new nullability, or null
 * @param newDefault       the new default expression, or null
 * @param dropDefault      true to remove the default
 * @param newName          the new column name, or null
 * @param existingType     the current type, or null when not known
 * @param existingNullable the current nullability, or null when not known
 * @param existingDefault  the current default expression, or null (none or not known)
 * @param existingComment  the current comment, or null
 */
public record ColumnChange(String table, String column, String newType, Boolean nullable, String newDefault,
        boolean dropDefault, String newName, String existingType, Boolean existingNullable,
        String existingDefault, String existingComment) {
}
