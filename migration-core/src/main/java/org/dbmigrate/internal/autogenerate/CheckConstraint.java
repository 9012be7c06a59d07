package org.dbmigrate.internal.autogenerate;

/** A named CHECK constraint; {@code expression} is the condition as the database prints it back. */
public record CheckConstraint(String name, String expression) {
}
