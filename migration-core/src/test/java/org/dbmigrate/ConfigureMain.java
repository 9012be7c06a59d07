package org.dbmigrate;

/**
 * A plain Java application for {@link MigratorWithoutSlf4jTest}: upgrades the database
 * {@code args[0]} from the location {@code args[1]} with no listener and prints the summary.
 */
public final class ConfigureMain {

    private ConfigureMain() {
    }

    public static void main(String[] args) {
        System.out.println(Migrator.configure().url(args[0]).user("sa").locations(args[1]).load().upgrade("head")
                .summary());
    }
}
