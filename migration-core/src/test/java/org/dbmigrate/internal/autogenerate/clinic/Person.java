package org.dbmigrate.internal.autogenerate.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;

/** An explicit camel-case column name: physical naming applies to it too. */
@MappedSuperclass
public class Person extends BaseEntity {
    @Column(name = "firstName")
    @NotBlank
    String firstName;

    @NotBlank
    String lastName;
}
