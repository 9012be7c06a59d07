package org.dbmigrate.junit;

import org.dbmigrate.Migrator;
import org.dbmigrate.command.SchemaDiffersError;

/** One-line assertions over a project's migrations. */
public final class MigrationAssertions {

    private MigrationAssertions() {
    }

    /**
     * Upgrades to {@code heads}, then runs {@code check}: the autogenerate comparison with the
     * model ({@code [autogenerate] model = ...}) must find nothing. Fails listing each difference.
     */
    public static void assertModelsInSync(Migrator migrator) {
        migrator.upgrade("heads");
        try {
            migrator.check();
        } catch (SchemaDiffersError e) {
            throw new AssertionError("The migrations and the model differ after upgrade heads; write a revision"
                    + " for each difference (revision --autogenerate):\n  " + String.join("\n  ", e.differences()), e);
        }
    }
}
