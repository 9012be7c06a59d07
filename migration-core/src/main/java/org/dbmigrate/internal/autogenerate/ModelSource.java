package org.dbmigrate.internal.autogenerate;

import java.nio.file.Path;
import java.util.List;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.internal.runtime.ConnectionSource;
import org.dbmigrate.internal.runtime.Database;

/** Where the wanted schema comes from: {@code [autogenerate] model = jpa:... | schema:... | url:...}. */
public interface ModelSource {

    /**
     * @param target      the database being compared (its dialect decides how the model is spelled)
     * @param connections opens more connections to the target's server (for a scratch schema)
     */
    SchemaSnapshot read(Database target, ConnectionSource connections);

    /** A short description for messages: {@code schema.sql}, {@code 3 JPA entities}. */
    String describe();

    /** What the model holds that {@link #read} could not express, one line each (after {@code read}). */
    default List<String> warnings() {
        return List.of();
    }

    static ModelSource of(MigrateConfig config) {
        String model = config.autogenerate().model();
        if (model.isEmpty()) {
            throw new MigrationError("no model to compare with: set [autogenerate] model = jpa:<package>,"
                    + " schema:<schema.sql> or url:jdbc:... in the config file (or -Dmigrate.model=...)");
        }
        if (model.startsWith("schema:")) {
            return new SchemaFileModel(Path.of(model.substring("schema:".length())));
        }
        if (model.startsWith("url:")) {
            return new LiveDatabaseModel(model.substring("url:".length()), config.user(), config.password());
        }
        if (model.startsWith("jpa:")) {
            return new JpaModel(model.substring("jpa:".length()), config.autogenerate().modelClasspath(),
                    config.autogenerate().mapping().namingStrategy());
        }
        throw new MigrationError("[autogenerate] model = " + model + " is not valid; use jpa:<package or classes>,"
                + " schema:<path to schema.sql> or url:jdbc:...");
    }
}
