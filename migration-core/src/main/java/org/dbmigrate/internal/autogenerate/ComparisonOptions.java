package org.dbmigrate.internal.autogenerate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.internal.runtime.PopulateRunner;

/**
 * The comparison's knobs (Alembic's {@code include_object}, {@code compare_type},
 * {@code compare_server_default}) and the engine's own tables, which are never compared.
 *
 * @param uniqueIndexesAreConstraints MySQL keeps a unique constraint as a unique index: compare them as one
 */
public record ComparisonOptions(List<String> includeTables, List<String> excludeTables, Set<String> engineTables,
        boolean compareType, boolean compareServerDefault, boolean uniqueIndexesAreConstraints) {

    public ComparisonOptions {
        includeTables = List.copyOf(includeTables);
        excludeTables = List.copyOf(excludeTables);
        engineTables = engineTables.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(
                Collectors.toUnmodifiableSet());
    }

    public static ComparisonOptions of(MigrateConfig config, boolean uniqueIndexesAreConstraints) {
        MigrateConfig.Autogenerate a = config.autogenerate();
        return new ComparisonOptions(a.includeTables(), a.excludeTables(), engineTables(config), a.compareType(),
                a.compareServerDefault(), uniqueIndexesAreConstraints);
    }

    /** The version, history, populate, progress and H2 lock tables, without any schema prefix. */
    public static Set<String> engineTables(MigrateConfig config) {
        return Set.of(bare(config.versionTable()), bare(config.versionTable()) + "_lock",
                bare(config.versionTable()) + "_locks", bare(config.versionTable()) + "_progress",
                bare(config.historyTable()), PopulateRunner.TABLE);
    }

    private static String bare(String table) {
        return table.substring(table.lastIndexOf('.') + 1);
    }

    /** Which tables take part: not the engine's, included (when patterns are given), not excluded. */
    public Predicate<String> tableFilter() {
        List<Pattern> include = includeTables.stream().map(ComparisonOptions::glob).toList();
        List<Pattern> exclude = excludeTables.stream().map(ComparisonOptions::glob).toList();
        return name -> !engineTables.contains(name)
                && (include.isEmpty() || include.stream().anyMatch(p -> p.matcher(name).matches()))
                && exclude.stream().noneMatch(p -> p.matcher(name).matches());
    }

    /** {@code audit_*} as a case-insensitive regular expression. */
    static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }
}
