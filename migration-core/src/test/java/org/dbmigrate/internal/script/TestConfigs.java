package org.dbmigrate.internal.script;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.config.Secret;

/** Settings for tests that only need a script location. */
public final class TestConfigs {

    private TestConfigs() {
    }

    public static MigrateConfig at(Path scriptLocation) {
        return with(scriptLocation, MigrateConfig.RevisionIdStyle.SEQUENTIAL, true, Map.of());
    }

    public static MigrateConfig with(Path scriptLocation, MigrateConfig.RevisionIdStyle ids, boolean downgrade,
            Map<String, String> templateArgs) {
        return new MigrateConfig("jdbc:h2:mem:unused", "sa", Secret.of(""), scriptLocation,
                List.of(scriptLocation.resolve("versions")), "migrate_version", "migrate_history", ids, downgrade, true,
                true, Duration.ofSeconds(5), templateArgs);
    }
}
