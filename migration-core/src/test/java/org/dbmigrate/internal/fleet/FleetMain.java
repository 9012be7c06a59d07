package org.dbmigrate.internal.fleet;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.fleet.Fleet;
import org.dbmigrate.fleet.FleetResult;

/** A fleet upgrade in a process of its own, for the kill test. Args: URL, user, scripts, discover rule, parallel. */
public final class FleetMain {

    private FleetMain() {
    }

    public static void main(String[] args) {
        Path scripts = Path.of(args[2]);
        MigrateConfig config = MigrateConfig.builder(scripts).url(args[0]).user(args[1]).scriptLocation(scripts)
                .versionLocations(List.of(scripts.resolve("versions")))
                .fleet(new MigrateConfig.Fleet(List.of(), List.of(new MigrateConfig.ListedTarget("discover", args[3],
                        "args")), Integer.parseInt(args[4]), false))
                .build();
        FleetResult result = Fleet.configured(config, Map.of())
                .progress((outcome, done, failed, total) -> System.out.println("ended " + outcome.target()))
                .upgrade("head");
        System.out.println(String.join("\n", result.summaryLines()));
    }
}
