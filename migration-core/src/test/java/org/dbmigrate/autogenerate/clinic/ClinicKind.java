package org.dbmigrate.autogenerate.clinic;

public enum ClinicKind {
    SMALL_ANIMALS, HORSES, EXOTIC
}
