package org.dbmigrate.operations;

/** What a foreign key does when the referenced row is deleted or updated. */
public enum ReferentialAction {
    CASCADE, SET_NULL, SET_DEFAULT, RESTRICT, NO_ACTION;

    public String sql() {
        return name().replace('_', ' ');
    }
}
