package org.dbmigrate.autogenerate.clinic;

import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotNull;

/** In a single table a subclass's columns stay nullable, @NotNull and primitives alike. */
@Entity
public class CardPayment extends Payment {
    @NotNull
    String cardNumber;

    int installments;
}
