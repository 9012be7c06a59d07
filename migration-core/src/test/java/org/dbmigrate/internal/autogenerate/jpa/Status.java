package org.dbmigrate.internal.autogenerate.jpa;

public enum Status {
    NEW, ACTIVE, CLOSED
}
