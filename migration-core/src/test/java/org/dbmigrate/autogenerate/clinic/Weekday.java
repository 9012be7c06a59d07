package org.dbmigrate.autogenerate.clinic;

public enum Weekday {
    MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY
}
