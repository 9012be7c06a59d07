package org.dbmigrate.internal.dialect;

/** Which kind of constraint a DROP removes: MySQL spells each differently. */
public enum ConstraintKind { PRIMARY_KEY, UNIQUE, FOREIGN_KEY, CHECK }
