package org.dbmigrate.internal.script;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dbmigrate.config.Location;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.graph.Revision;
import org.dbmigrate.internal.graph.RevisionGraph;

/**
 * The migrations folder: every revision file parsed, the graph built from them, the HEAD file.
 * Loading fails with one line naming the file (and line) for a malformed file, and for graph
 * errors (cycle, duplicate id, missing parent) names the file(s) of the revisions involved.
 */
public final class ScriptDirectory {

    /** The file in the first version location that holds the current head id. */
    public static final String HEAD_FILE = "HEAD";

    private static final List<String> REVISION_EXTENSIONS = List.of(".sql", ".java");

    private final MigrateConfig config;
    private final SqlSyntax syntax;
    private final List<RevisionScript> scripts;
    private final Map<String, RevisionFileParser.Parsed> byId;
    private final RevisionGraph graph;

    private ScriptDirectory(MigrateConfig config, SqlSyntax syntax, List<RevisionFileParser.Parsed> parsed,
            RevisionGraph graph) {
        this.config = config;
        this.syntax = syntax;
        this.scripts = parsed.stream().map(RevisionFileParser.Parsed::script).toList();
        Map<String, RevisionFileParser.Parsed> index = new HashMap<>();
        parsed.forEach(p -> index.put(p.script().revision().id(), p));
        this.byId = Collections.unmodifiableMap(index);
        this.graph = graph;
    }

    /**
     * Reads {@code config.versionLocations()} (all {@code *.sql} and {@code *.java} revision files) and builds the
     * graph. Statements are split with the rules of the database {@code config.url()} names.
     */
    public static ScriptDirectory load(MigrateConfig config) {
        return load(config, SqlSyntax.forUrl(config.url()));
    }

    /**
     * As {@link #load(MigrateConfig)}, splitting statements with {@code syntax}: for callers that
     * know the database from an open connection rather than from the URL (an application's DataSource).
     */
    public static ScriptDirectory load(MigrateConfig config, SqlSyntax syntax) {
        return load(config, syntax, JavaRevisionCompiler.withDefaultCache());
    }

    /** As {@link #load(MigrateConfig, SqlSyntax)}, compiling Java revisions (when run) with {@code compiler}. */
    public static ScriptDirectory load(MigrateConfig config, SqlSyntax syntax, JavaRevisionCompiler compiler) {
        if (!ScriptSource.of(config.scriptSource()).exists()) {
            throw new MigrationError(config.scriptSource().onClasspath()
                    ? "script location " + config.scriptSource() + " is not on the class path; put the migrations in"
                            + " src/main/resources/" + config.scriptSource().classpathName() + "/versions or fix"
                            + " script_location"
                    : "script location " + config.scriptLocation() + " is not a folder; "
                            + "fix script_location or create the folder with a versions/ folder inside");
        }
        List<RevisionFileParser.Parsed> parsed = new ArrayList<>();
        Path base = displayBase(config);
        for (Location location : config.revisionSources()) {
            for (ScriptFile file : ScriptSource.of(location).files("", REVISION_EXTENSIONS)) {
                String shown = displayName(base, file.path());
                String text = file.text(shown, config.encoding());
                parsed.add(file.name().endsWith(".java")
                        ? RevisionFileParser.parseJava(file.path(), shown, text, compiler)
                        : RevisionFileParser.parseHeader(file.path(), shown, text, syntax));
            }
        }
        GraphErrors.checkFiles(config, parsed);
        RevisionGraph graph = GraphErrors.build(config, parsed);
        return new ScriptDirectory(config, syntax, parsed, graph);
    }

    /** A file as messages show it: relative to the script location when it lies inside. */
    static String displayName(MigrateConfig config, Path file) {
        return displayName(displayBase(config), file);
    }

    /** The folder display names are relative to; null on the class path. */
    private static Path displayBase(MigrateConfig config) {
        return config.scriptLocation() == null ? null : config.scriptLocation().toAbsolutePath().normalize();
    }

    private static String displayName(Path base, Path file) {
        if (base == null) {
            return file.toString(); // on the class path: the jar and entry, or the exploded file
        }
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
    }

    /** This directory plus one newly written file, with the graph rebuilt. */
    ScriptDirectory with(RevisionFileParser.Parsed added) {
        List<RevisionFileParser.Parsed> all = new ArrayList<>(byId.size() + 1);
        for (RevisionScript script : scripts) {
            all.add(byId.get(script.revision().id()));
        }
        all.add(added);
        GraphErrors.checkFiles(config, all);
        return new ScriptDirectory(config, syntax, all, GraphErrors.build(config, all));
    }

    /**
     * Splits every file's sections now (loading reads headers only), so that a broken file fails
     * the commands that vouch for the whole folder: check_migration, revision, merge.
     */
    public void splitAll() {
        scripts.forEach(RevisionScript::upgrade);
    }

    public MigrateConfig config() {
        return config;
    }

    /** The rules statements were split with. */
    public SqlSyntax syntax() {
        return syntax;
    }

    public RevisionGraph graph() {
        return graph;
    }

    /** The parsed file of revision {@code id} (an exact id). */
    public RevisionScript script(String id) {
        RevisionFileParser.Parsed parsed = byId.get(id);
        if (parsed == null) {
            throw new MigrationError("no revision file has id '" + id + "'; run 'history' to see the revisions");
        }
        return parsed.script();
    }

    /** The header of revision {@code id} as written (message, fields, free text). */
    public RevisionHeader header(String id) {
        script(id);
        return byId.get(id).header();
    }

    /** Every revision file, by location then file name. */
    public List<RevisionScript> scripts() {
        return scripts;
    }

    /** The revisions in file order, as handed to the graph. */
    public List<Revision> revisions() {
        return scripts.stream().map(RevisionScript::revision).toList();
    }

    /** A file as messages show it. */
    public String displayName(Path file) {
        return displayName(config, file);
    }

    /** {@code versions/HEAD} in the first version location (on the class path: as messages name it). */
    public Path headFile() {
        ScriptSource versions = ScriptSource.of(config.versionsSource());
        return versions.file(HEAD_FILE).map(ScriptFile::path).orElseGet(() -> versions.pathOf(HEAD_FILE));
    }

    /** The id written in {@code versions/HEAD}, or empty when there is no such file. */
    public Optional<String> readHead() {
        return ScriptSource.of(config.versionsSource()).file(HEAD_FILE)
                .map(head -> head.text(displayName(head.path())).strip());
    }

    /**
     * Keeps {@code versions/HEAD} naming the single head after a new revision. With several heads
     * there is no single id to write: the file is left alone and the returned warning says why.
     */
    public Optional<String> updateHeadFile() {
        if (!config.headFile()) {
            return Optional.empty();
        }
        List<String> heads = graph.heads();
        if (heads.size() == 1) {
            writeHead(heads.get(0));
            return Optional.empty();
        }
        return Optional.of(displayName(headFile()) + " not updated: there are " + heads.size() + " heads ("
                + String.join(", ", heads) + "); join them with 'merge heads -m <message>'");
    }

    /** Writes {@code id} and a newline to {@code versions/HEAD}. */
    public void writeHead(String id) {
        Path head = WritableLocations.folder(config.versionsSource(), config).resolve(HEAD_FILE);
        try {
            SafeFiles.write(head, id + "\n", true);
        } catch (IOException e) {
            throw new MigrationError(displayName(head) + ": cannot write (" + e.getMessage() + ")", e);
        }
    }
}
