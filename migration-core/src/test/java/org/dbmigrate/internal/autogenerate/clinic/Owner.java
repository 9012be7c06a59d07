package org.dbmigrate.internal.autogenerate.clinic;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** Issue 20 point 1: the foreign key of pets is declared here, on the one side. */
@Entity
@Table(name = "owners", indexes = @Index(columnList = "lastName"))
public class Owner extends Person {
    @Embedded
    @AttributeOverride(name = "city", column = @Column(name = "townName", length = 80))
    ContactInfo contact;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "owner_id")
    @OrderBy("name")
    List<Pet> pets = new ArrayList<>();
}
