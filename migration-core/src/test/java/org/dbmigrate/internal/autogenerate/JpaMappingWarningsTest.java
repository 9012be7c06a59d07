package org.dbmigrate.internal.autogenerate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.SecondaryTable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dbmigrate.internal.dialect.H2Dialect;
import org.junit.jupiter.api.Test;

/** Issue 20: what the mapping leaves out is named, one line each, never silent. */
class JpaMappingWarningsTest {

    @Entity
    @SecondaryTable(name = "gadget_details")
    @jakarta.persistence.Table(schema = "sales") // two classes named Table
    static class Gadget {
        @Id
        @GeneratedValue(strategy = GenerationType.SEQUENCE)
        Long id;

        @Min(1)
        @Max(10)
        int rating;

        @ElementCollection
        Map<String, String> labels = new HashMap<>();

        @jakarta.persistence.Column(name = "title") // two classes named Column
        String getTitle() {
            return "";
        }

        @PostLoad
        void loaded() {
            // a lifecycle callback is no property access
        }
    }

    @Test
    void unmappedPartsAreNamed() {
        JpaMapping mapping = new JpaMapping(new H2Dialect(), List.of(Gadget.class),
                NamingStrategy.of("hibernate", getClass().getClassLoader()), 6);
        Table gadget = mapping.snapshot().table("gadget").orElseThrow();
        assertEquals(List.of("id", "rating"), gadget.columns().stream().map(Column::name).toList());
        String g = Gadget.class.getName();
        assertEquals(List.of(
                g + ".id: the SEQUENCE generator's sequence or table is not created",
                g + ".rating: the check constraint of @Min is not generated",
                g + ".rating: the check constraint of @Max is not generated",
                g + ".labels: a Map association or element collection is not mapped (only collections, lists and sets"
                        + " are)",
                g + ": the schema or catalog of @Table is not used; tables are compared in the target's own schema",
                g + ".getTitle(): annotations on methods (property access) are not mapped; dbmigrate reads fields",
                g + ": @SecondaryTable is not mapped"), mapping.warnings());
    }
}
