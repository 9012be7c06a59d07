package org.dbmigrate.internal.autogenerate.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** Default names everywhere: table OrderNote, join column purchaseOrder_id, a key named by the database. */
@Entity
public class OrderNote {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    long id;

    @ManyToOne
    PurchaseOrder purchaseOrder;

    String text;
}
