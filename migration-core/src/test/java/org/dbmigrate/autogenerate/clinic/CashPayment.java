package org.dbmigrate.autogenerate.clinic;

import jakarta.persistence.Entity;
import java.math.BigDecimal;

@Entity
public class CashPayment extends Payment {
    BigDecimal tendered;
}
