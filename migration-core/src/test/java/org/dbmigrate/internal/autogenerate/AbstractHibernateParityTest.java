package org.dbmigrate.internal.autogenerate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.RevisionCommand;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.internal.autogenerate.clinic.CardPayment;
import org.dbmigrate.internal.autogenerate.clinic.CashPayment;
import org.dbmigrate.internal.autogenerate.clinic.Clinic;
import org.dbmigrate.internal.autogenerate.clinic.EmailReminder;
import org.dbmigrate.internal.autogenerate.clinic.Invoice;
import org.dbmigrate.internal.autogenerate.clinic.Nurse;
import org.dbmigrate.internal.autogenerate.clinic.Owner;
import org.dbmigrate.internal.autogenerate.clinic.Payment;
import org.dbmigrate.internal.autogenerate.clinic.Pet;
import org.dbmigrate.internal.autogenerate.clinic.PetType;
import org.dbmigrate.internal.autogenerate.clinic.Receptionist;
import org.dbmigrate.internal.autogenerate.clinic.Reminder;
import org.dbmigrate.internal.autogenerate.clinic.Room;
import org.dbmigrate.internal.autogenerate.clinic.SmsReminder;
import org.dbmigrate.internal.autogenerate.clinic.Specialty;
import org.dbmigrate.internal.autogenerate.clinic.Staff;
import org.dbmigrate.internal.autogenerate.clinic.Vet;
import org.dbmigrate.internal.autogenerate.clinic.Visit;
import org.dbmigrate.internal.command.CommandContext;
import org.dbmigrate.internal.dialect.Dialects;
import org.dbmigrate.internal.runtime.RuntimeTestConfig;
import org.dbmigrate.internal.runtime.TestDatabase;
import org.hibernate.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20's "done when": for a model with every standard JPA mapping (the clinic package), the
 * schema autogenerate writes and upgrades equals the one real Hibernate 6 creates for the same
 * entities, under Spring Boot's naming and under Hibernate's. Both schemas are read with our
 * introspector and compared on tables, columns, types, nullability, identity, primary keys,
 * foreign keys, unique constraints and indexes. The documented differences are normalised away:
 * constraint and index names, Hibernate's check constraints (enum values, ranges), and the native
 * {@code enum} type it gives {@code @Enumerated(STRING)} on H2 and MySQL/MariaDB. The same classes run
 * against Hibernate 7 in {@code migration-core/hibernate7-tests}.
 */
abstract class AbstractHibernateParityTest {

    static final List<Class<?>> ENTITIES = List.of(Owner.class, Pet.class, PetType.class, Visit.class, Vet.class,
            Specialty.class, Clinic.class, Room.class, Payment.class, CardPayment.class, CashPayment.class,
            Staff.class, Nurse.class, Receptionist.class, Reminder.class, EmailReminder.class, SmsReminder.class,
            Invoice.class);

    @TempDir
    Path dir;

    abstract TestDatabase newDatabase(String what) throws Exception;

    @Test
    void springNamingGivesHibernatesSchema() throws Exception {
        compare(true);
    }

    @Test
    void hibernateNamingGivesHibernatesSchema() throws Exception {
        compare(false);
    }

    private void compare(boolean spring) throws Exception {
        // core runs these against Hibernate 6; migration-core/hibernate7-tests against Hibernate 7 (Spring Boot 4's)
        String major = System.getProperty("expected.hibernate.major", "6");
        assertTrue(Version.getVersionString().startsWith(major + "."), Version.getVersionString());
        try (TestDatabase hibernate = newDatabase("hib"); TestDatabase ours = newDatabase("ours")) {
            HibernateSchema.create(hibernate.url(), hibernate.user(), hibernate.password(), spring, ENTITIES);
            MigrateConfig base = RuntimeTestConfig.of(ours, dir);
            MigrateConfig config = base.toBuilder().autogenerate(new MigrateConfig.Autogenerate(
                    "jpa:" + Clinic.class.getPackageName(), List.of(), List.of(), List.of(), true, false,
                    new MigrateConfig.Mapping(spring ? "spring" : "hibernate", "InnoDB"))).build();
            Migrator migrator = Migrator.create(new CommandContext(config, ours.connections(), null, null));
            RevisionCommand.Result written = migrator.revision(new RevisionCommand.Options("clinic", true, null, null,
                    false, List.of(), List.of(), null, null));
            String text = Files.readString(written.file());
            migrator.upgrade("head");
            assertEquals(shape(hibernate, config), shape(ours, config), text);
            assertEquals(List.of("No new upgrade operations detected."), migrator.check().lines(), text);
        }
    }

    /** One line per table and per column or constraint, without the names the databases or tools make up. */
    private static String shape(TestDatabase db, MigrateConfig config) throws Exception {
        SchemaSnapshot snapshot;
        try (Connection c = db.connect()) {
            snapshot = Introspector.forDialect(Dialects.of(c.getMetaData())).read(c)
                    .filter(ComparisonOptions.of(config, false).tableFilter());
        }
        List<String> lines = new ArrayList<>();
        for (Table t : snapshot.tables().values()) {
            lines.add("table " + t.name());
            TreeSet<String> parts = new TreeSet<>();
            for (Column col : t.columns()) {
                String type = col.type().name().startsWith("enum") ? "varchar(255)" : col.type().toString();
                parts.add("  column " + col.name() + " " + type + (col.nullable() ? "" : " not null")
                        + (col.autoIncrement() ? " identity" : ""));
            }
            if (t.primaryKey() != null) {
                parts.add("  primary key " + t.primaryKey().columns());
            }
            t.uniques().forEach(u -> parts.add("  unique " + u.columns()));
            t.indexes().forEach(i -> parts.add("  " + (i.unique() ? "unique " : "") + "index " + i.columns()));
            t.foreignKeys().forEach(fk -> parts.add("  foreign key " + fk.signature()));
            lines.addAll(parts);
        }
        return String.join("\n", lines);
    }
}
