package org.dbmigrate.internal.autogenerate.clinic;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** A composite key, a validated association and the wrapper types. */
@Entity
public class Invoice {
    @EmbeddedId
    InvoiceNumber number;

    @ManyToOne
    @NotNull
    Owner billedTo;

    BigDecimal total;

    Boolean paid;

    Character grade;

    double discount;

    long cents;
}
