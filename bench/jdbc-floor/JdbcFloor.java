import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The Java floor of the benchmarks: a script of SQL lines run through plain JDBC in a fresh JVM, one
 * statement per line (the throughput floor's script, the one psql and the mariadb client read; or
 * the one query of {@code current}). Transaction lines become JDBC calls: auto-commit off, so the
 * driver opens each transaction with its first statement, and COMMIT is {@code Connection.commit()};
 * a statement outside BEGIN and COMMIT commits at once, as in the clients. An UPDATE must change one
 * row, as db-manage's version change must.
 *
 * usage: java -cp DRIVERS:. JdbcFloor DRIVER_CLASS URL USER < script (jdbc_floor.py builds it). The
 * driver is named, as db-manage loads the one its URL names: a jar of several drivers has one
 * {@code java.sql.Driver} service file.
 */
public final class JdbcFloor {

    public static void main(String[] args) throws Exception {
        Class.forName(args[0]);
        try (Connection connection = DriverManager.getConnection(args[1], args[2], "");
                Statement statement = connection.createStatement();
                BufferedReader script = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            connection.setAutoCommit(false);
            boolean inTransaction = false;
            for (String line = script.readLine(); line != null; line = script.readLine()) {
                if (line.equals("BEGIN;") || line.equals("START TRANSACTION;")) {
                    inTransaction = true;
                } else if (line.equals("COMMIT;")) {
                    connection.commit();
                    inTransaction = false;
                } else if (!line.isBlank()) {
                    String sql = line.substring(0, line.length() - 1);
                    if (sql.startsWith("UPDATE")) {
                        if (statement.executeUpdate(sql) != 1) {
                            throw new IllegalStateException("not one row: " + sql);
                        }
                    } else if (statement.execute(sql)) {
                        try (ResultSet rows = statement.getResultSet()) {
                            while (rows.next()) {
                                rows.getString(1);
                            }
                        }
                    }
                    if (!inTransaction) {
                        connection.commit();
                    }
                }
            }
        }
    }
}
