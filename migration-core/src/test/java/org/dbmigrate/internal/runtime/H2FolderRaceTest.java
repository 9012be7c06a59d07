package org.dbmigrate.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dbmigrate.internal.script.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fleet opening several new H2 files under one missing folder at once (the Maven plugin's
 * {@code fleet-targets-file} project failed this way once in CI): every connection opens.
 */
class H2FolderRaceTest {

    private static final int TARGETS = 8;
    private static final int ROUNDS = 25;

    @TempDir
    Path dir;

    @Test
    void newFilesUnderOneMissingFolderAllOpenAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(TARGETS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> opened = new ArrayList<>();
                for (int target = 0; target < TARGETS; target++) {
                    String url = "jdbc:h2:file:" + dir.resolve("round" + round).resolve("tenants").resolve("t" + target);
                    ConnectionSource source = ConnectionSource.of(TestConfigs.at(dir).toBuilder().url(url).user("sa").build());
                    opened.add(pool.submit(() -> {
                        start.await();
                        try (Connection connection = source.open()) {
                            return connection.isValid(1);
                        }
                    }));
                }
                start.countDown();
                for (Future<Boolean> each : opened) {
                    assertEquals(true, each.get(), "round " + round);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
