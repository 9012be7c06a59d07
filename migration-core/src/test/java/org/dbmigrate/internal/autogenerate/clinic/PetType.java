package org.dbmigrate.internal.autogenerate.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.NaturalId;

@Entity
@Table(name = "types", uniqueConstraints = @UniqueConstraint(columnNames = "name"))
public class PetType extends BaseEntity {
    String name;

    @NaturalId
    String code;
}
