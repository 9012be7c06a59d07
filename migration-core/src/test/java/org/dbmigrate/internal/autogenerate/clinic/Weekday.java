package org.dbmigrate.internal.autogenerate.clinic;

public enum Weekday {
    MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY
}
