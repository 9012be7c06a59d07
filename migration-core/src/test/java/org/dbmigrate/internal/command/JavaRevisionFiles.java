package org.dbmigrate.internal.command;

import java.nio.file.Path;
import org.dbmigrate.internal.runtime.RevisionFiles;

/** Writes {@code <id>_<slug>.java} revisions (issue 7) for a test. */
final class JavaRevisionFiles {

    private JavaRevisionFiles() {
    }

    /** {@code downgrade} null: the class leaves downgrade to its default (derived from inverses). */
    static String source(String id, String revises, String message, String upgrade, String downgrade) {
        StringBuilder java = new StringBuilder();
        java.append("// ").append(message).append("\n//\n");
        java.append("// Revision: ").append(id).append('\n');
        java.append("// Revises: ").append(revises).append('\n');
        java.append("// Create Date: 2026-11-22 10:15:00\n\n");
        java.append("import static org.dbmigrate.operations.Operations.*;\n\n");
        java.append("import java.util.List;\n");
        java.append("import java.util.Map;\n");
        java.append("import org.dbmigrate.operations.*;\n\n");
        java.append("class Revision").append(id).append(" implements Migration {\n\n");
        java.append("    @Override\n    public void upgrade(Operations op) throws Exception {\n");
        java.append(upgrade.indent(8));
        java.append("    }\n");
        if (downgrade != null) {
            java.append("\n    @Override\n    public void downgrade(Operations op) throws Exception {\n");
            java.append(downgrade.indent(8));
            java.append("    }\n");
        }
        java.append("}\n");
        return java.toString();
    }

    static Path add(RevisionFiles files, String id, String revises, String message, String upgrade,
            String downgrade) {
        return files.write(id + "_" + message.toLowerCase().replaceAll("[^a-z0-9]+", "_") + ".java",
                source(id, revises, message, upgrade, downgrade));
    }
}
