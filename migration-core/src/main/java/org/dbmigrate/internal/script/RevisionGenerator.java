package org.dbmigrate.internal.script;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.error.Flag;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.error.Wording;
import org.dbmigrate.graph.Revision;
import org.dbmigrate.internal.graph.RevisionGraph;

/**
 * Writes a new revision file, as Alembic's {@code generate_revision} does: picks the id, resolves
 * the parent(s), checks that they are heads unless spliced, resolves dependencies, renders the
 * template into the right version location, and reads the result back to be sure it parses.
 */
public final class RevisionGenerator {

    private static final DateTimeFormatter CREATE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String DEFAULT_MESSAGE = "empty message";

    /**
     * @param message      the {@code -m} text; blank gives "empty message" and a file named {@code <id>.sql}
     * @param revId        {@code --rev-id}, or null to allocate
     * @param parents      identifiers of the parent(s): {@code head} (default), {@code base}, an id,
     *                     a prefix, {@code label@head}; several make a merge
     * @param splice       allow a parent that is not a head
     * @param branchLabels new labels for the revision
     * @param dependsOn    ids, prefixes or labels
     * @param versionPath  which version location receives the file, or null
     * @param upgrades     upgrade statements for the template (empty for a hand-written revision)
     * @param downgrades   downgrade statements (for Java: statement lines indented by 8 spaces, as
     *                     {@code Reversal.javaSource(operations, "        ")} writes them)
     * @param language     SQL ({@code script.sql.vm}) or Java ({@code script.java.vm}) revision
     */
    public record Request(String message, String revId, List<String> parents, boolean splice, List<String> branchLabels,
            List<String> dependsOn, Path versionPath, String upgrades, String downgrades,
            RevisionTemplate.Language language) {

        /** A SQL revision. */
        public Request(String message, String revId, List<String> parents, boolean splice, List<String> branchLabels,
                List<String> dependsOn, Path versionPath, String upgrades, String downgrades) {
            this(message, revId, parents, splice, branchLabels, dependsOn, versionPath, upgrades, downgrades,
                    RevisionTemplate.Language.SQL);
        }

        public Request {
            language = language == null ? RevisionTemplate.Language.SQL : language;
            parents = parents == null || parents.isEmpty() ? List.of("head") : List.copyOf(parents);
            branchLabels = split(branchLabels);
            dependsOn = split(dependsOn);
        }

        /** Entries as given, with "a,b" in one entry counting as two (as Alembic's option does). */
        private static List<String> split(List<String> entries) {
            if (entries == null) {
                return List.of();
            }
            return entries.stream().flatMap(e -> Arrays.stream(e.split(",")))
                    .map(String::strip).filter(e -> !e.isEmpty()).toList();
        }

        public static Request of(String message) {
            return new Request(message, null, null, false, null, null, null, "", "");
        }
    }

    /**
     * @param file      the file written
     * @param script    the file as parsed back
     * @param directory the script directory including the new revision
     */
    public record Generated(Path file, RevisionScript script, ScriptDirectory directory) {

        public String id() {
            return script.revision().id();
        }
    }

    private final ScriptDirectory directory;
    private final RevisionGraph graph;
    private final MigrateConfig config;

    private RevisionGenerator(ScriptDirectory directory) {
        this.directory = directory;
        this.graph = directory.graph();
        this.config = directory.config();
    }

    public static Generated generate(ScriptDirectory directory, Request request, Clock clock, Random random) {
        return new RevisionGenerator(directory).generate(request, clock, random);
    }

    private Generated generate(Request request, Clock clock, Random random) {
        Path scriptFolder = WritableLocations.folder(config.scriptSource(), config);
        Set<String> existing = new LinkedHashSet<>();
        graph.revisions().forEach(r -> existing.add(r.id()));
        String id = RevisionIds.choose(request.revId(), config.revisionIdStyle(), existing, random);
        List<String> parents = parents(request.parents());
        if (!request.splice()) {
            for (String parent : parents) {
                if (!graph.heads().contains(parent)) {
                    throw new MigrationError(Wording.of("Revision " + parent
                            + " is not a head revision; please specify ", Flag.SPLICE,
                            " to create a new branch from this revision"));
                }
            }
        }
        List<String> labels = newLabels(request.branchLabels());
        List<String> dependsOn = request.dependsOn().stream().map(this::dependency).toList();
        Path location = versionLocation(request.versionPath(), parents);

        String message = request.message() == null || request.message().isBlank()
                ? DEFAULT_MESSAGE : request.message().strip().replaceAll("\\s+", " ");
        RevisionTemplate.Language language = request.language();
        Path file = location.resolve(Slugs.fileName(id, request.message(), language.extension()));
        String text = RevisionTemplate.render(scriptFolder, language,
                directory.displayName(RevisionTemplate.projectTemplate(scriptFolder, language)),
                new RevisionTemplate.Values(id, parents, labels, dependsOn,
                        LocalDateTime.now(clock).format(CREATE_DATE), message, request.upgrades(), request.downgrades(),
                        config.downgradeEnabled(), config.templateArgs()));
        RevisionFileParser.Parsed parsed = parseBack(file, text, new Revision(id, parents, Set.copyOf(labels), dependsOn,
                message), language);
        write(file, text);
        return new Generated(file, parsed.script(), directory.with(parsed));
    }

    /** The parents' ids, in the order given; {@code base} contributes none. */
    private List<String> parents(List<String> identifiers) {
        List<String> parents = new ArrayList<>();
        for (String identifier : identifiers) {
            if (identifier.equals("base")) {
                continue;
            }
            if (graph.revisions().isEmpty() && (identifier.equals("head") || identifier.equals("heads"))) {
                continue;
            }
            if (identifier.equals("head") && graph.heads().size() > 1) {
                throw new MigrationError(Wording.of("Multiple heads are present (" + String.join(", ", graph.heads())
                        + "); please specify the head revision on which the new revision should be based (",
                        Flag.HEAD.is("<id>"), " or ", Flag.HEAD.is("<label>@head"), "), or perform a merge"));
            }
            for (String id : graph.resolve(identifier, Set.of())) {
                if (parents.contains(id)) {
                    throw new MigrationError("Duplicate head revisions specified: " + id + " is named twice");
                }
                parents.add(id);
            }
        }
        return parents;
    }

    private List<String> newLabels(List<String> labels) {
        for (String label : labels) {
            if (!Revision.isValidId(label)) {
                throw new MigrationError("branch label '" + label + "' is not valid; use only letters, digits and _");
            }
            for (Revision revision : graph.revisions()) {
                if (revision.branchLabels().contains(label) || revision.id().equals(label)) {
                    throw new MigrationError("branch label '" + label + "' is already used by revision " + revision.id()
                            + " (" + directory.displayName(directory.script(revision.id()).file())
                            + "); choose another label");
                }
            }
        }
        return labels;
    }

    /** A label stays a label (it follows its branch); an id or prefix becomes the full id. */
    private String dependency(String dependency) {
        for (Revision revision : graph.revisions()) {
            if (revision.branchLabels().contains(dependency)) {
                return dependency;
            }
        }
        Set<String> ids = graph.resolve(dependency, Set.of());
        if (ids.size() != 1) {
            throw new MigrationError(Wording.of(Flag.DEPENDS_ON.is("'" + dependency + "'"), " must name one revision,"
                    + " not " + ids.size() + "; give an id, a prefix of 4+ characters or a branch label"));
        }
        return ids.iterator().next();
    }

    /** As Alembic: an explicit path must be a version location; with several, a parent's folder is used. */
    private Path versionLocation(Path requested, List<String> parents) {
        List<Path> locations = config.revisionSources().stream().map(l -> WritableLocations.folder(l, config))
                .toList();
        if (requested != null) {
            Path wanted = requested.toAbsolutePath().normalize();
            return locations.stream().filter(l -> l.toAbsolutePath().normalize().equals(wanted)).findFirst()
                    .orElseThrow(() -> new MigrationError(Wording.of(Flag.VERSION_PATH.is(requested.toString()),
                            " is not one of the version locations (" + String.join(", ",
                                    locations.stream().map(Path::toString).toList()) + "); pick one of them")));
        }
        if (locations.size() == 1) {
            return locations.get(0);
        }
        if (!parents.isEmpty()) {
            return directory.script(parents.get(0)).file().getParent();
        }
        throw new MigrationError(Wording.of("Multiple version locations present; please specify ",
                Flag.VERSION_PATH));
    }

    /** The template's output must parse and say what was asked, or the template is at fault. */
    private RevisionFileParser.Parsed parseBack(Path file, String text, Revision expected,
            RevisionTemplate.Language language) {
        String shown = directory.displayName(file);
        RevisionFileParser.Parsed parsed;
        try {
            parsed = language == RevisionTemplate.Language.JAVA
                    ? RevisionFileParser.parseJava(file, shown, text, JavaRevisionCompiler.withDefaultCache())
                    : RevisionFileParser.parse(file, shown, text, directory.syntax());
        } catch (ScriptFileError e) {
            throw new MigrationError("the template wrote a revision that does not parse (" + e.getMessage()
                    + "); fix " + language.templateName() + " or delete it to use the built-in template", e);
        }
        Revision got = parsed.script().revision();
        if (!got.id().equals(expected.id()) || !got.parents().equals(expected.parents())
                || !got.branchLabels().equals(expected.branchLabels()) || !got.dependsOn().equals(expected.dependsOn())) {
            throw new MigrationError("the template wrote Revision/Revises/Branch Labels/Depends On as " + describe(got)
                    + " instead of " + describe(expected) + "; make " + language.templateName()
                    + " write $id, $down_revision, $branch_labels and $depends_on");
        }
        return parsed;
    }

    private static String describe(Revision r) {
        return "'" + r.id() + "' / '" + String.join(", ", r.parents()) + "' / '"
                + String.join(", ", r.branchLabels().stream().sorted().toList()) + "' / '"
                + String.join(", ", r.dependsOn()) + "'";
    }

    private void write(Path file, String text) {
        try {
            SafeFiles.write(file, text, false);
        } catch (FileAlreadyExistsException e) {
            throw new MigrationError(Wording.of(directory.displayName(file) + " already exists; choose another ",
                    Flag.REV_ID, " or message"));
        } catch (IOException e) {
            throw new MigrationError(directory.displayName(file) + ": cannot write (" + e.getMessage() + ")", e);
        }
    }
}
