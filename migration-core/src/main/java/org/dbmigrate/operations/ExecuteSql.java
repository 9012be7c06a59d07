package org.dbmigrate.operations;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dbmigrate.internal.dialect.DdlNotPossibleError;
import org.dbmigrate.internal.dialect.Dialect;

/**
 * One raw SQL statement, optionally written per database.
 *
 * @param sql        the statement for databases without their own, or null when every database
 *                   that runs it has one
 * @param perDialect statement by dialect key ({@code h2}, {@code postgresql}, {@code mysql})
 */
public record ExecuteSql(String sql, Map<String, String> perDialect) implements Operation {

    public ExecuteSql {
        perDialect = Map.copyOf(perDialect);
        if (sql == null && perDialect.isEmpty()) {
            throw new IllegalArgumentException("execute needs an SQL statement");
        }
    }

    @Override
    public List<String> sql(Dialect dialect) {
        String statement = perDialect.getOrDefault(dialect.key(), sql);
        if (statement == null) {
            throw new DdlNotPossibleError(dialect.name(), "run " + describe(), "it has SQL only for "
                    + new TreeMap<>(perDialect).keySet() + "; add \"" + dialect.key() + "\" or a default statement");
        }
        return List.of(statement);
    }

    @Override
    public Optional<Operation> inverse() {
        return Optional.empty();
    }

    @Override
    public String noInverseReason() {
        return "raw SQL has no known inverse; write downgrade() yourself";
    }

    @Override
    public String describe() {
        String text = sql != null ? sql : perDialect.values().iterator().next();
        String first = text.strip().lines().findFirst().orElse("");
        return "execute \"" + (first.length() > 40 ? first.substring(0, 40) + "..." : first) + "\"";
    }

    @Override
    public String javaSource() {
        if (perDialect.isEmpty()) {
            return "op.execute(" + JavaText.quote(sql) + ");";
        }
        String map = new TreeMap<>(perDialect).entrySet().stream()
                .map(e -> JavaText.quote(e.getKey()) + ", " + JavaText.quote(e.getValue()))
                .collect(Collectors.joining(", ", "Map.of(", ")"));
        return "op.execute(" + JavaText.quote(sql) + ", " + map + ");";
    }
}
