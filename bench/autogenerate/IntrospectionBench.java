import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dbmigrate.internal.autogenerate.Introspector;
import org.dbmigrate.internal.autogenerate.SchemaSnapshot;
import org.dbmigrate.internal.dialect.Dialect;
import org.dbmigrate.internal.dialect.Dialects;

/**
 * Issue 6 benchmark: reading a 500-table schema (each table: primary key, 6 columns, a foreign key
 * to the previous table, an index, a unique constraint) into a snapshot, against two references
 * measured in the same run on the same database:
 * <ul>
 * <li>floor: the same bulk catalog queries through plain JDBC, every row read, no snapshot built;</li>
 * <li>naive: JDBC DatabaseMetaData per table (getColumns, getPrimaryKeys, getImportedKeys,
 *     getIndexInfo), as code that asks table by table would.</li>
 * </ul>
 * Usage: java -cp ... IntrospectionBench.java h2|pg|mariadb [tables=500] [rounds=5]
 */
public class IntrospectionBench {

    public static void main(String[] args) throws Exception {
        String db = args[0];
        int tables = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        String name = "dbm_bench_autogen_" + Long.toHexString(System.nanoTime());
        String admin;
        String url;
        String user;
        switch (db) {
            case "pg" -> {
                admin = "jdbc:postgresql://127.0.0.1:5432/postgres";
                url = "jdbc:postgresql://127.0.0.1:5432/" + name;
                user = "postgres";
            }
            case "mariadb" -> {
                admin = "jdbc:mysql://127.0.0.1:3306/test?sslMode=DISABLED&allowPublicKeyRetrieval=true";
                url = "jdbc:mysql://127.0.0.1:3306/" + name + "?sslMode=DISABLED&allowPublicKeyRetrieval=true";
                user = "root";
            }
            default -> {
                admin = null;
                url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
                user = "sa";
            }
        }
        if (admin != null) {
            try (Connection c = DriverManager.getConnection(admin, user, ""); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
        }
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            create(c, tables);
            Dialect dialect = Dialects.of(c.getMetaData());
            Introspector introspector = Introspector.forDialect(dialect);
            // warm-up: class loading, JIT, server caches
            introspector.read(c);
            floor(c, introspector.queries());
            naive(c);
            List<Double> ratios = new ArrayList<>();
            List<Double> naiveRatios = new ArrayList<>();
            List<Long> ours = new ArrayList<>();
            List<Long> floors = new ArrayList<>();
            List<Long> naives = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                long t0 = System.nanoTime();
                SchemaSnapshot snapshot = introspector.read(c);
                long t1 = System.nanoTime();
                long rows = floor(c, introspector.queries());
                long t2 = System.nanoTime();
                int naiveTables = naive(c);
                long t3 = System.nanoTime();
                if (snapshot.tables().size() != tables || naiveTables != tables || rows == 0) {
                    throw new AssertionError("read " + snapshot.tables().size() + " / " + naiveTables + " tables");
                }
                ours.add((t1 - t0) / 1_000_000);
                floors.add((t2 - t1) / 1_000_000);
                naives.add((t3 - t2) / 1_000_000);
                ratios.add((double) (t1 - t0) / (t2 - t1));
                naiveRatios.add((double) (t1 - t0) / (t3 - t2));
            }
            System.out.printf("%s, %d tables, %d rounds: dbmigrate %d ms, floor %d ms, naive per-table metadata %d ms;"
                    + " ratio to floor %.2f (min %.2f, max %.2f); ratio to naive %.3f%n", dialect.name(), tables,
                    rounds, median(ours), median(floors), median(naives), medianD(ratios), Collections.min(ratios),
                    Collections.max(ratios), medianD(naiveRatios));
        } finally {
            if (admin != null) {
                try (Connection c = DriverManager.getConnection(admin, user, ""); Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE " + name + (db.equals("pg") ? " WITH (FORCE)" : ""));
                }
            }
        }
    }

    static void create(Connection c, int tables) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (int i = 0; i < tables; i++) {
                String fk = i == 0 ? "" : ", prev_id INT, CONSTRAINT fk_t" + i + " FOREIGN KEY (prev_id) REFERENCES t"
                        + (i - 1) + " (id) ON DELETE CASCADE";
                s.execute("CREATE TABLE t" + i + " (id INT NOT NULL PRIMARY KEY, name VARCHAR(50) NOT NULL,"
                        + " code VARCHAR(12), amount DECIMAL(10,2) DEFAULT 0, created TIMESTAMP, flag BOOLEAN"
                        + fk + ", CONSTRAINT uq_t" + i + "_code UNIQUE (code))");
                s.execute("CREATE INDEX ix_t" + i + "_name ON t" + i + " (name)");
            }
        }
    }

    /** The same catalog queries, each row's columns read as strings. */
    static long floor(Connection c, List<String> queries) throws SQLException {
        long rows = 0;
        try (Statement s = c.createStatement()) {
            for (String q : queries) {
                try (ResultSet rs = s.executeQuery(q)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            rs.getString(i);
                        }
                        rows++;
                    }
                }
            }
        }
        return rows;
    }

    /** DatabaseMetaData, one round of calls per table. */
    static int naive(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        for (String t : names) {
            drain(meta.getColumns(c.getCatalog(), c.getSchema(), t, "%"));
            drain(meta.getPrimaryKeys(c.getCatalog(), c.getSchema(), t));
            drain(meta.getImportedKeys(c.getCatalog(), c.getSchema(), t));
            drain(meta.getIndexInfo(c.getCatalog(), c.getSchema(), t, false, false));
        }
        return names.size();
    }

    static void drain(ResultSet rs) throws SQLException {
        try (rs) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= n; i++) {
                    rs.getString(i);
                }
            }
        }
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    static double medianD(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
