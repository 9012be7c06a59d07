package org.dbmigrate.internal.autogenerate.clinic;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

@Embeddable
public class ContactInfo {
    String streetAddress;

    String city;

    @Size(max = 10)
    String telephone;
}
