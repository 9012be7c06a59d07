package org.dbmigrate.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dbmigrate.command.RevisionCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "revision", description = "Write a new revision file from the template.")
final class RevisionSubcommand extends DbManageSubcommand {

    @Option(names = {"-m", "--message"}, paramLabel = "MSG", description = "What the revision does.")
    String message;

    @Option(names = "--autogenerate", description = "Fill the revision with the difference between the model"
            + " ([autogenerate] model) and the database, which must be at head.")
    boolean autogenerate;

    @Option(names = "--classpath", paramLabel = "PATH", split = "${sys:path.separator}|,", splitSynopsisLabel = ":",
            description = "Folders and jars holding the JPA model's classes (model = jpa:...), separated by"
                    + " the platform's path separator or commas.")
    List<Path> classpath = new ArrayList<>();

    @Option(names = "--rev-id", paramLabel = "ID", description = "Use this id instead of the next one.")
    String revId;

    @Option(names = "--head", paramLabel = "H", description = "The head to build on (default: the only head).")
    String head;

    @Option(names = "--splice", description = "Allow --head to name a revision that is not a head.")
    boolean splice;

    @Option(names = "--branch-label", paramLabel = "L", split = ",", description = "Branch label(s) of the new revision.")
    List<String> branchLabels = new ArrayList<>();

    @Option(names = "--depends-on", paramLabel = "R", split = ",", description = "Revision(s) the new one depends on.")
    List<String> dependsOn = new ArrayList<>();

    @Option(names = "--version-path", paramLabel = "P", description = "Folder for the new file (one of the version locations).")
    Path versionPath;

    @Option(names = "--template", paramLabel = "T",
            description = "sql (script.sql.vm) or java (script.java.vm); default: [migrate] template.")
    String template;

    @Override
    public Integer call() {
        RevisionCommand.Options options = new RevisionCommand.Options(message, autogenerate, revId, head, splice,
                List.copyOf(branchLabels), List.copyOf(dependsOn), versionPath == null ? null : resolve(versionPath),
                template);
        return print(migrator().withModelClasspath(classpath.stream().map(this::resolve).toList()).revision(options));
    }
}
