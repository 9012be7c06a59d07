package org.dbmigrate.internal.autogenerate.clinic;

import jakarta.persistence.Entity;
import jakarta.validation.constraints.Size;

@Entity
public class SmsReminder extends Reminder {
    @Size(max = 20)
    String phone;
}
