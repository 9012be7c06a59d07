package org.dbmigrate.internal.autogenerate.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

@Entity
public class CashPayment extends Payment {
    BigDecimal tendered;

    /** A key to a class of a single-table hierarchy: to the hierarchy's table. */
    @ManyToOne
    CardPayment refundOf;
}
