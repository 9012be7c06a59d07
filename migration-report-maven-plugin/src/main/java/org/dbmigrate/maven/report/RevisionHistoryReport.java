package org.dbmigrate.maven.report;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.dbmigrate.Migrator;
import org.dbmigrate.config.ConfigKey;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.graph.Revision;
import org.dbmigrate.graph.Revisions;
import org.dbmigrate.graphview.GraphFormat;
import org.dbmigrate.graphview.GraphPicture;
import org.dbmigrate.maven.MojoSettings;

/**
 * The {@code mvn site} page of the revision history: the graph as an inline SVG picture, then
 * every revision newest first. Reads the files only (no database), so a site builds anywhere.
 *
 * @since 0.1.0
 */
@Mojo(name = "history-report", threadSafe = true)
public class RevisionHistoryReport extends AbstractMavenReport {

    /**
     * The INI config file; only its {@code [migrate]} paths are used.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.configFile", defaultValue = "${project.basedir}/migrate.conf")
    private File configFile;

    /**
     * Folder of the migration scripts.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.scriptLocation")
    private String scriptLocation;

    /**
     * Extra folders of revision files, comma separated.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.versionLocations")
    private String versionLocations;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Override
    public String getOutputName() {
        return "dbmigrate-history";
    }

    @Override
    public String getName(Locale locale) {
        return "Database revisions";
    }

    @Override
    public String getDescription(Locale locale) {
        return "The revision graph of the database migrations and their history, newest first.";
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        Revisions graph;
        try {
            graph = Migrator.create(config()).revisions();
        } catch (MigrationError e) {
            throw new MavenReportException(e.getMessage(), e);
        }
        Sink sink = getSink();
        sink.head();
        sink.title();
        sink.text(getName(locale));
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text(getName(locale));
        sink.sectionTitle1_();
        sink.paragraph();
        sink.text(graph.size() + " revisions; heads: " + String.join(", ", graph.heads()) + ".");
        sink.paragraph_();
        // the picture is our own self-contained SVG, inlined so the page needs no other file
        sink.rawText(GraphFormat.SVG.render(GraphPicture.of(graph, Set.of())));
        sink.section1_();
        sink.section1();
        sink.sectionTitle1();
        sink.text("History");
        sink.sectionTitle1_();
        historyTable(sink, graph);
        sink.section1_();
        sink.body_();
        sink.close();
    }

    private static void historyTable(Sink sink, Revisions graph) {
        sink.table();
        sink.tableRows();
        sink.tableRow();
        for (String heading : List.of("Revision", "Revises", "Labels", "Message", "Markers")) {
            sink.tableHeaderCell();
            sink.text(heading);
            sink.tableHeaderCell_();
        }
        sink.tableRow_();
        for (Revision r : graph.history(null, Set.of())) {
            sink.tableRow();
            cell(sink, r.id());
            cell(sink, r.isBase() ? "<base>" : String.join(", ", r.parents()));
            cell(sink, String.join(", ", graph.branchLabels(r.id()).stream().sorted().toList()));
            cell(sink, r.message());
            GraphPicture.Node node = new GraphPicture.Node(r.id(), r.message(), List.of(), r.isBase(),
                    graph.isHead(r.id()), graph.isBranchPoint(r.id()), graph.isMergePoint(r.id()), false);
            cell(sink, String.join(" ", node.markers().stream().map(m -> "(" + m + ")").toList()));
            sink.tableRow_();
        }
        sink.tableRows_();
        sink.table_();
    }

    private static void cell(Sink sink, String text) {
        sink.tableCell();
        sink.text(text);
        sink.tableCell_();
    }

    private MigrateConfig config() {
        Path basedir = project.getBasedir().toPath();
        Map<ConfigKey, String> pom = new EnumMap<>(ConfigKey.class);
        pom.put(ConfigKey.SCRIPT_LOCATION, scriptLocation);
        pom.put(ConfigKey.VERSION_LOCATIONS, versionLocations);
        Path file = basedir.resolve(configFile.getPath());
        return new MojoSettings(basedir, file, session.getUserProperties(), pom, Map.of()).load(getLog()::warn);
    }
}
