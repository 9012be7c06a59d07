package org.dbmigrate.example.spring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Mapped onto the {@code notes} table of revisions 001 and 002; Hibernate only validates it. */
@Entity
@Table(name = "notes")
public class Note {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    @Column(length = 36)
    private String id;

    @Column(length = 200, nullable = false)
    private String title;

    @Column(name = "created_on")
    private LocalDate createdOn;

    protected Note() {
    }

    public Note(String title, LocalDate createdOn) {
        this.title = title;
        this.createdOn = createdOn;
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getCreatedOn() {
        return createdOn;
    }
}
