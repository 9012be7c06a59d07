package org.dbmigrate.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.CommandResult;
import org.dbmigrate.command.GraphCommand;
import org.dbmigrate.graphview.GraphFormat;

/**
 * Draws the revision graph (heads, branch points, merges, labels, the database's current
 * revisions) as a self-contained SVG, Graphviz DOT or Mermaid file.
 *
 * @since 0.1.0
 */
@Mojo(name = "graph", threadSafe = true)
public class GraphMojo extends AbstractMigrateMojo {

    /**
     * {@code svg}, {@code dot} or {@code mermaid}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "format", defaultValue = "svg")
    private String format;

    /**
     * The file to write; by default {@code target/migrate/revisions.svg} (or {@code .dot}, {@code .mmd}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "output")
    private File output;

    /**
     * Read the database to mark its current revisions; {@code false} draws from the files alone.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readDatabase", defaultValue = "true")
    private boolean readDatabase;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    private File buildDirectory;

    @Override
    protected CommandResult run(Migrator migrator) throws Exception {
        GraphFormat drawing = GraphFormat.parse(format);
        GraphCommand.Result result = migrator.graph(new GraphCommand.Options(drawing, readDatabase));
        Path file = output != null ? output.toPath()
                : buildDirectory.toPath().resolve("migrate").resolve("revisions." + drawing.extension());
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Files.writeString(file, result.text());
        getLog().info("Revision graph written to " + file);
        return List::of;
    }
}
