package org.dbmigrate.autogenerate.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Room {
    @Id
    Long roomId;

    int floorNumber;
}
