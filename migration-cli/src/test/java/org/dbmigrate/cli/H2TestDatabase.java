package org.dbmigrate.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;

/** An H2 file database in the test's temp folder, owned by user sa with {@link #PASSWORD}. */
final class H2TestDatabase implements TestDatabase {

    private final Path folder;

    H2TestDatabase(Path folder) {
        this.folder = folder;
    }

    @Override
    public String url() {
        return "jdbc:h2:file:" + folder.resolve("h2/app").toAbsolutePath();
    }

    @Override
    public String refusedUrl() {
        return "jdbc:h2:tcp://127.0.0.1:1/nowhere";
    }

    @Override
    public String user() {
        return "sa";
    }

    @Override
    public void applyScript(Path script) throws Exception {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("RUNSCRIPT FROM ?")) {
            s.setString(1, script.toAbsolutePath().toString());
            s.execute();
        }
    }

    @Override
    public void close() {
        // the temp folder goes with the test
    }
}
