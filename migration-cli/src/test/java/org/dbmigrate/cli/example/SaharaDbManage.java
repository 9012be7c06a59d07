package org.dbmigrate.cli.example;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.dbmigrate.cli.DbManage;
import org.dbmigrate.cli.DbManageSubcommand;
import org.dbmigrate.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Example of a branded launcher: an application ships {@code sahara-db-manage}, the same program
 * with its own name, its own default config file and one extra subcommand. Its jar depends on
 * {@code org.dbmigrate:migration-cli} and names this class as Main-Class.
 */
public final class SaharaDbManage {

    private SaharaDbManage() {
    }

    public static void main(String[] args) {
        launcher().build().run(args);
    }

    /** The launcher, separate from main so tests can add their own streams and working directory. */
    public static DbManage.Builder launcher() {
        return DbManage.builder()
                .name("sahara-db-manage")
                .description("Sahara database migrations.")
                .version("2026.1")
                .defaultConfigFile(Path.of("/etc/sahara/sahara.conf"))
                .addSubcommand(new DatabaseInfo());
    }

    /** An application-specific subcommand: it reuses the configured connection and the output streams. */
    @Command(name = "database-info", description = "Print the database product and version.")
    static final class DatabaseInfo extends DbManageSubcommand {

        @Option(names = "--product-only", description = "Print the product name only.")
        boolean productOnly;

        @Override
        public Integer call() throws SQLException {
            try (Connection connection = connection()) {
                var meta = connection.getMetaData();
                out().println(productOnly ? meta.getDatabaseProductName()
                        : meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion());
            }
            return ExitCode.OK;
        }
    }
}
