package org.dbmigrate.internal.autogenerate.clinic;

public enum ClinicKind {
    SMALL_ANIMALS, HORSES, EXOTIC
}
