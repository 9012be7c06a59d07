import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.dbmigrate.Migrator;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.config.Secret;
import org.dbmigrate.graph.Step;
import org.dbmigrate.runtime.MigrationListener;

/**
 * Issue 3: {@code upgrade head} of N one-table revisions against the floor, the same statements and
 * the same version-row changes through one plain JDBC connection with the same transaction pattern
 * (one commit per revision), measured in the same run on fresh databases; prints the ratio.
 *
 * <p>Issue 14: on MariaDB, where DDL commits on its own, dbmigrate also keeps a progress marker. To
 * state its cost apart from the rest of the engine, each round also times the floor with the marker's
 * statements added, in both forms: the hand-over as its own UPDATE per revision (before issue 18) and
 * folded into the version UPDATE as one two-table UPDATE (as dbmigrate now writes it).
 *
 * <p>Arguments: {@code pg|mariadb} [revisions=1000] [rounds=5].
 */
public final class RuntimeBench {

    record Server(String name, String adminUrl, String user, String urlPattern) {
        String url(String db) {
            return urlPattern.formatted(db);
        }
    }

    static final Map<String, Server> SERVERS = Map.of(
            "pg", new Server("PostgreSQL", "jdbc:postgresql://127.0.0.1:5432/postgres", "postgres",
                    "jdbc:postgresql://127.0.0.1:5432/%s"),
            "mariadb", new Server("MariaDB", "jdbc:mysql://127.0.0.1:3306/test?sslMode=DISABLED&allowPublicKeyRetrieval=true",
                    "root", "jdbc:mysql://127.0.0.1:3306/%s?sslMode=DISABLED&allowPublicKeyRetrieval=true"));

    public static void main(String[] args) throws Exception {
        Server server = SERVERS.get(args[0]);
        int revisions = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path scripts = Files.createTempDirectory("dbm_bench");
        List<String> statements = writeRevisions(scripts.resolve("versions"), revisions);

        // One discarded warm-up of each (class loading, JIT, server caches), then measured rounds.
        Path small = Files.createTempDirectory("dbm_bench_warm");
        List<String> warmStatements = writeRevisions(small.resolve("versions"), 20);
        timeEngine(server, small);
        timeFloor(server, warmStatements, Marker.NONE);

        boolean marker = server.name().equals("MariaDB");
        List<Long> engine = new ArrayList<>();
        List<Long> floor = new ArrayList<>();
        List<Long> markerApart = new ArrayList<>();
        List<Long> markerTogether = new ArrayList<>();
        List<Long> startup = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        List<Double> apartRatios = new ArrayList<>();
        List<Double> togetherRatios = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            // alternate which goes first; the machine's load drifts, so each round is compared with itself
            long[] e = {0, 0};
            long f = 0;
            long apart = 0;
            long together = 0;
            for (int k = 0; k < 4; k++) {
                switch ((round % 2 == 0 ? k : 3 - k)) {
                    case 0 -> e = timeEngine(server, scripts);
                    case 1 -> f = timeFloor(server, statements, Marker.NONE);
                    case 2 -> apart = marker ? timeFloor(server, statements, Marker.APART) : 0;
                    default -> together = marker ? timeFloor(server, statements, Marker.TOGETHER) : 0;
                }
            }
            engine.add(e[0]);
            startup.add(e[1]);
            floor.add(f);
            ratios.add((double) e[0] / f);
            System.err.printf("round %d: dbmigrate %d ms (first step after %d ms), floor %d ms, ratio %.2f", round + 1,
                    e[0], e[1], f, (double) e[0] / f);
            if (marker) {
                markerApart.add(apart);
                markerTogether.add(together);
                apartRatios.add((double) apart / f);
                togetherRatios.add((double) together / f);
                System.err.printf("; floor + marker apart %d ms (%.2f), together %d ms (%.2f)", apart,
                        (double) apart / f, together, (double) together / f);
            }
            System.err.println();
        }
        System.out.printf("%s, %d revisions, %d rounds: dbmigrate median %d ms (first step after %d ms),"
                + " floor median %d ms, median ratio %s%n", server.name(), revisions, rounds,
                median(engine), median(startup), median(floor), summary(ratios));
        if (marker) {
            System.out.printf("%s, %d revisions: floor + marker as its own UPDATE median %d ms, ratio to the floor %s;"
                    + " floor + marker in the two-table UPDATE median %d ms, ratio %s%n", server.name(), revisions,
                    median(markerApart), summary(apartRatios), median(markerTogether), summary(togetherRatios));
        }
    }

    /** The progress marker's statements added to the floor: none, the hand-over apart, or with the version UPDATE. */
    enum Marker { NONE, APART, TOGETHER }

    static String summary(List<Double> ratios) {
        List<Double> sorted = new ArrayList<>(ratios);
        Collections.sort(sorted);
        return String.format("%.2f (min %.2f, max %.2f)", sorted.get(sorted.size() / 2), sorted.get(0),
                sorted.get(sorted.size() - 1));
    }

    static String id(int i) {
        return String.format("%04d", i);
    }

    static List<String> writeRevisions(Path versions, int n) throws Exception {
        Files.createDirectories(versions);
        List<String> statements = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String sql = "CREATE TABLE t" + i + " (id INT PRIMARY KEY, name VARCHAR(50))";
            statements.add(sql);
            Files.writeString(versions.resolve(id(i) + "_table_" + i + ".sql"), "-- Table " + i + "\n--\n-- Revision: "
                    + id(i) + "\n-- Revises: " + (i == 1 ? "" : id(i - 1)) + "\n-- Create Date: 2026-11-22 10:15:00\n\n"
                    + "-- migrate:upgrade\n" + sql + ";\n\n-- migrate:downgrade\nDROP TABLE t" + i + ";\n");
        }
        return statements;
    }

    /** Total ms, and ms until the first step started (loading, planning, connecting, locking). */
    static long[] timeEngine(Server server, Path scripts) throws Exception {
        String db = createDatabase(server);
        try {
            MigrateConfig config = new MigrateConfig(server.url(db), server.user(), Secret.of(""), scripts,
                    List.of(scripts.resolve("versions")), "migrate_version", "migrate_history",
                    MigrateConfig.RevisionIdStyle.SEQUENTIAL, true, true, true, Duration.ofSeconds(60), Map.of());
            long start = System.nanoTime();
            long[] firstStep = {0};
            MigrationListener listener = new MigrationListener() {
                @Override
                public void stepStarting(int n, int total, Step step, Duration elapsed) {
                    if (n == 1) {
                        firstStep[0] = (System.nanoTime() - start) / 1_000_000;
                    }
                }
            };
            Migrator.create(config).withListener(listener).upgrade("head");
            return new long[] {(System.nanoTime() - start) / 1_000_000, firstStep[0]};
        } finally {
            dropDatabase(server, db);
        }
    }

    /**
     * The least any tool must do: each statement, the version row, a commit per revision. With a
     * {@code marker}, also the progress row dbmigrate keeps where DDL commits on its own: inserted
     * and committed before the first revision, handed over to the next revision in each revision's
     * commit ({@link Marker#APART} as its own UPDATE, {@link Marker#TOGETHER} in the version
     * UPDATE), deleted in the last revision's commit.
     */
    static long timeFloor(Server server, List<String> statements, Marker marker) throws Exception {
        String db = createDatabase(server);
        try {
            long start = System.nanoTime();
            try (Connection c = DriverManager.getConnection(server.url(db), server.user(), "");
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS migrate_version (version_num VARCHAR(64) NOT NULL PRIMARY KEY)");
                if (marker != Marker.NONE) {
                    s.execute("CREATE TABLE IF NOT EXISTS migrate_version_progress (revision VARCHAR(64) NOT NULL"
                            + " PRIMARY KEY, statements_done INT NOT NULL, started_at TIMESTAMP NOT NULL)");
                }
                c.setAutoCommit(false);
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO migrate_version (version_num) VALUES (?)");
                        PreparedStatement update = c.prepareStatement(
                                "UPDATE migrate_version SET version_num = ? WHERE version_num = ?");
                        PreparedStatement mark = c.prepareStatement(
                                "INSERT INTO migrate_version_progress VALUES (?, 0, CURRENT_TIMESTAMP)");
                        PreparedStatement move = c.prepareStatement("UPDATE migrate_version_progress SET revision = ?,"
                                + " statements_done = 0, started_at = CURRENT_TIMESTAMP WHERE revision = ?");
                        PreparedStatement both = c.prepareStatement("UPDATE migrate_version, migrate_version_progress"
                                + " SET version_num = ?, revision = ?, statements_done = 0, started_at = CURRENT_TIMESTAMP"
                                + " WHERE version_num = ? AND revision = ?");
                        PreparedStatement unmark = c.prepareStatement(
                                "DELETE FROM migrate_version_progress WHERE revision = ?")) {
                    if (marker != Marker.NONE) {
                        mark.setString(1, id(1));
                        mark.executeUpdate();
                        c.commit();
                    }
                    for (int i = 1; i <= statements.size(); i++) {
                        s.execute(statements.get(i - 1));
                        boolean last = i == statements.size();
                        if (i == 1) {
                            insert.setString(1, id(i));
                            insert.executeUpdate();
                        } else if (marker == Marker.TOGETHER && !last) {
                            both.setString(1, id(i));
                            both.setString(2, id(i + 1));
                            both.setString(3, id(i - 1));
                            both.setString(4, id(i));
                            if (both.executeUpdate() != 2) {
                                throw new IllegalStateException("version row and marker not moved");
                            }
                        } else {
                            update.setString(1, id(i));
                            update.setString(2, id(i - 1));
                            if (update.executeUpdate() != 1) {
                                throw new IllegalStateException("version row not moved");
                            }
                        }
                        if (marker != Marker.NONE && last) {
                            unmark.setString(1, id(i));
                            unmark.executeUpdate();
                        } else if (marker == Marker.APART || marker == Marker.TOGETHER && i == 1) {
                            move.setString(1, id(i + 1));
                            move.setString(2, id(i));
                            move.executeUpdate();
                        }
                        c.commit();
                    }
                }
            }
            return (System.nanoTime() - start) / 1_000_000;
        } finally {
            dropDatabase(server, db);
        }
    }

    static String createDatabase(Server server) throws Exception {
        String db = "dbm_bench_" + Long.toHexString(System.nanoTime());
        admin(server, "CREATE DATABASE " + db);
        return db;
    }

    static void dropDatabase(Server server, String db) throws Exception {
        admin(server, server.name().equals("PostgreSQL") ? "DROP DATABASE " + db + " WITH (FORCE)" : "DROP DATABASE " + db);
    }

    static void admin(Server server, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(server.adminUrl(), server.user(), "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
