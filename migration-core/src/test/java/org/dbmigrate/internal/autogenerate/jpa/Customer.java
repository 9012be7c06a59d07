package org.dbmigrate.internal.autogenerate.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A JPA model entity for the autogenerate tests (issue 6): identity key, sizes, lob, enum, index, unique. */
@Entity
@Table(name = "customer", indexes = @Index(name = "ix_customer_email", columnList = "email"),
        uniqueConstraints = @UniqueConstraint(name = "uq_customer_code", columnNames = "code"))
public class Customer {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 80)
    String name;

    String email;

    @Column(length = 12)
    String code;

    @Column(precision = 12, scale = 2)
    BigDecimal balance;

    boolean active;

    LocalDate birthDate;

    @Lob
    String notes;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    Status status;

    @Transient
    String shownName;
}
