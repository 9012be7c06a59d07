package org.dbmigrate.internal.autogenerate.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "visits")
public class Visit extends BaseEntity {
    @Column(name = "visit_date")
    LocalDate date;

    @NotBlank
    String description;

    @OneToMany(mappedBy = "visit")
    List<Payment> payments = new ArrayList<>();
}
