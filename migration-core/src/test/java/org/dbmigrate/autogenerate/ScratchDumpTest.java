package org.dbmigrate.autogenerate;

import java.sql.Connection;
import java.util.List;
import org.dbmigrate.autogenerate.clinic.*;
import org.dbmigrate.dialect.Dialects;
import org.dbmigrate.runtime.TestDatabase;
import org.junit.jupiter.api.Test;

class ScratchDumpTest {
    static final List<Class<?>> ENTITIES = List.of(Owner.class, Pet.class, PetType.class, Visit.class, Vet.class,
            Specialty.class, Clinic.class, Room.class, Payment.class, CardPayment.class, CashPayment.class, Staff.class,
            Nurse.class, Receptionist.class, Reminder.class, EmailReminder.class, SmsReminder.class);

    @Test
    void dump() throws Exception {
        for (String kind : System.getProperty("kinds", "h2").split(",")) {
            for (boolean spring : new boolean[] {true, false}) {
                try (TestDatabase db = kind.equals("h2") ? new TestDatabase.H2("scr") : kind.equals("pg")
                        ? new TestDatabase.Postgres("scr") : new TestDatabase.MariaDb("scr")) {
                    HibernateSchema.create(db.url(), db.user(), db.password(), spring, ENTITIES);
                    try (Connection c = db.connect()) {
                        SchemaSnapshot s = Introspector.forDialect(Dialects.of(c.getMetaData())).read(c);
                        System.out.println("==== " + kind + " spring=" + spring);
                        s.tables().values().forEach(t -> System.out.println(t));
                    }
                }
            }
        }
    }
}
