package org.dbmigrate.internal.autogenerate.clinic;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalTime;

@Embeddable
public class OpeningHours {
    @Enumerated(EnumType.STRING)
    Weekday weekDay;

    LocalTime opensAt;

    LocalTime closesAt;
}
