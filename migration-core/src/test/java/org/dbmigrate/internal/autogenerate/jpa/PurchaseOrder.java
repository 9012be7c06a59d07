package org.dbmigrate.internal.autogenerate.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** Named table, named foreign key to Customer, primitives (NOT NULL), a version column. */
@Entity(name = "PurchaseOrder")
@Table(name = "purchase_order")
public class PurchaseOrder {
    @Id
    Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id", foreignKey = @ForeignKey(name = "fk_order_customer"))
    Customer customer;

    LocalDateTime placedAt;

    int quantity;

    double total;

    @Version
    Integer version;
}
