package org.dbmigrate.internal.autogenerate.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

@Entity
public class Room {
    @Id
    Long roomId;

    int floorNumber;

    @OneToOne(mappedBy = "office")
    Vet occupant;
}
