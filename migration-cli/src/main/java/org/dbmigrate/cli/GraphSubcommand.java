package org.dbmigrate.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dbmigrate.command.GraphCommand;
import org.dbmigrate.graphview.GraphFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "graph", description = "Draw the revision graph as SVG (default), Graphviz DOT or Mermaid.")
final class GraphSubcommand extends DbManageSubcommand {

    @Option(names = "--format", paramLabel = "svg|dot|mermaid", defaultValue = "svg",
            description = "Drawing format (default svg).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path output;

    @Option(names = "--no-database", description = "Draw from the files only; do not mark the current revisions.")
    boolean noDatabase;

    @Override
    public Integer call() throws IOException {
        GraphCommand.Result result = migrator().graph(new GraphCommand.Options(GraphFormat.parse(format), !noDatabase));
        if (output == null) {
            return print(result);
        }
        Path file = resolve(output);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, result.text());
        log("Wrote " + file);
        return ExitCode.OK;
    }
}
