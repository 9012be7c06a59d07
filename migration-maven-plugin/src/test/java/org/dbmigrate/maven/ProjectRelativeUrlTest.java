package org.dbmigrate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Scenario: mvn -f app/pom.xml opens app/target/..., not a database next to wherever mvn started. */
class ProjectRelativeUrlTest {

    private static final Path PROJECT = Path.of("/home/dev/app");

    @Test
    void relativeH2FilePathResolvesAgainstTheProject() {
        assertEquals("jdbc:h2:file:/home/dev/app/target/migrate/app",
                ProjectRelativeUrl.resolve("jdbc:h2:file:./target/migrate/app", PROJECT));
    }

    @Test
    void shortFormAndParentFolderAndParametersAreKept() {
        assertEquals("jdbc:h2:file:/home/dev/shared/db;MODE=PostgreSQL;AUTO_SERVER=TRUE",
                ProjectRelativeUrl.resolve("jdbc:h2:../shared/db;MODE=PostgreSQL;AUTO_SERVER=TRUE", PROJECT));
    }

    @Test
    void everyOtherUrlGoesAsWritten() {
        for (String url : new String[] {"jdbc:h2:mem:test", "jdbc:h2:file:/var/db/app", "jdbc:h2:~/app",
                "jdbc:h2:tcp://localhost/./app", "jdbc:postgresql://127.0.0.1:5432/app",
                "jdbc:mysql://127.0.0.1:3306/app?sslMode=DISABLED"}) {
            assertEquals(url, ProjectRelativeUrl.resolve(url, PROJECT));
        }
    }
}
