package org.dbmigrate.internal.autogenerate.clinic;

import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** In a single table a subclass's columns stay nullable, @NotNull and primitives alike; @Size still applies. */
@Entity
public class CardPayment extends Payment {
    @NotNull
    @Size(max = 19)
    String cardNumber;

    int installments;
}
