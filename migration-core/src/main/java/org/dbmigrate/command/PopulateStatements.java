package org.dbmigrate.command;

import java.util.ArrayList;
import java.util.List;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.runtime.StatementSplitter;
import org.dbmigrate.script.Statement;

/** The splitter populate scripts go through. TEMPORARY: plain ';'-at-end-of-line until the script package's splitter is merged. */
final class PopulateStatements {

    private PopulateStatements() {
    }

    static StatementSplitter splitter(MigrateConfig config) {
        return (name, text) -> {
            List<Statement> statements = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            int start = 0;
            String[] lines = text.split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (current.length() == 0 && (line.isBlank() || line.strip().startsWith("--"))) {
                    continue;
                }
                if (current.length() == 0) {
                    start = i + 1;
                }
                current.append(line).append('\n');
                if (line.stripTrailing().endsWith(";")) {
                    String sql = current.toString().strip();
                    statements.add(new Statement(sql.substring(0, sql.length() - 1).strip(), start));
                    current.setLength(0);
                }
            }
            if (!current.toString().isBlank()) {
                statements.add(new Statement(current.toString().strip(), start));
            }
            return statements;
        };
    }
}
