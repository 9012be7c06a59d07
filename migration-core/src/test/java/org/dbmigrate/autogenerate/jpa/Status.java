package org.dbmigrate.autogenerate.jpa;

public enum Status {
    NEW, ACTIVE, CLOSED
}
