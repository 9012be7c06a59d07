package org.dbmigrate.internal.autogenerate.clinic;

import jakarta.persistence.Entity;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;

@Entity
public class Nurse extends Staff {
    @Digits(integer = 3, fraction = 1)
    BigDecimal hourlyRate;
}
