package org.dbmigrate.internal.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.UpgradeCommand;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.config.Secret;
import org.dbmigrate.error.MigrationError;

/**
 * One deployer in a process of its own, for {@link H2AutoServerDeployersTest}: waits for the start
 * file so that all deployers connect at the same moment, then {@code upgrade head}. Prints
 * {@code OK <steps>} and exits 0, or the one-line message and exits 1. Args: URL, user, scripts, start file.
 */
public final class H2DeployerMain {

    private H2DeployerMain() {
    }

    public static void main(String[] args) throws Exception {
        Path scripts = Path.of(args[2]);
        MigrateConfig config = MigrateConfig.builder(scripts).url(args[0]).user(args[1]).password(Secret.of(""))
                .scriptLocation(scripts).versionLocations(List.of(scripts.resolve("versions")))
                .lockTimeout(Duration.ofSeconds(60)).build();
        Path start = Path.of(args[3]);
        while (!Files.exists(start)) {
            Thread.sleep(5);
        }
        try {
            UpgradeCommand.Result result = Migrator.create(config).upgrade("head");
            System.out.println("OK " + result.plan().steps().size() + " " + System.currentTimeMillis());
        } catch (MigrationError e) {
            System.out.println("FAILED: " + e.getMessage());
            System.exit(1);
        }
    }
}
