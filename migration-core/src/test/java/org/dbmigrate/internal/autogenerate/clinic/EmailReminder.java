package org.dbmigrate.internal.autogenerate.clinic;

import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotEmpty;

@Entity
public class EmailReminder extends Reminder {
    @NotEmpty
    String emailAddress;
}
