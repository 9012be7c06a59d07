package org.dbmigrate.internal.autogenerate.clinic;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Default names everywhere: no @Table, a default join table on the other side, element collections. */
@Entity
public class Clinic extends BaseEntity {
    String clinicName;

    ClinicKind kind;

    @Version
    Integer version;

    @ManyToMany(mappedBy = "clinics")
    Set<Vet> vets = new HashSet<>();

    @ElementCollection
    Set<String> phoneNumbers = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "clinicHours")
    @OrderColumn
    List<OpeningHours> openingHours = new ArrayList<>();

    @OneToMany
    Set<Room> examRooms = new HashSet<>();

    @ElementCollection
    @Enumerated(EnumType.STRING)
    Set<Weekday> closedOn = new HashSet<>();
}
