package org.dbmigrate.internal.autogenerate.clinic;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

@Entity
@Table(name = "pets", indexes = @Index(name = "ix_pets_birth", columnList = "birth_date"))
public class Pet extends BaseEntity {
    @Column(name = "name")
    String name;

    @Column(name = "birth_date")
    LocalDate birthDate;

    @ManyToOne
    @JoinColumn(name = "type_id")
    PetType type;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "pet_id")
    Set<Visit> visits = new LinkedHashSet<>();
}
