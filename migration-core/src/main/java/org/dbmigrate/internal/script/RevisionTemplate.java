package org.dbmigrate.internal.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.exception.ParseErrorException;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.util.introspection.SecureUberspector;
import org.dbmigrate.error.MigrationError;
import org.slf4j.helpers.NOPLogger;

/**
 * Renders a new revision file from {@code script.sql.vm} in the script location, or from the
 * built-in template when the project has none. Velocity's own log is switched off: a broken
 * template is reported through the exception it raises, not through log lines on the console.
 */
public final class RevisionTemplate {

    /** The name of a project's own template, in the script location. */
    public static final String FILE_NAME = "script.sql.vm";

    /** Which kind of revision file a template writes. */
    public enum Language {
        /** {@code <id>_<slug>.sql} from {@code script.sql.vm}. */
        SQL("script.sql.vm", ".sql"),
        /** {@code <id>_<slug>.java} from {@code script.java.vm}: a class against the operations API. */
        JAVA("script.java.vm", ".java");

        private final String templateName;
        private final String extension;

        Language(String templateName, String extension) {
            this.templateName = templateName;
            this.extension = extension;
        }

        /** The template's file name, in the script location (the project's) or in the jar (built-in). */
        public String templateName() {
            return templateName;
        }

        /** {@code .sql} or {@code .java}. */
        public String extension() {
            return extension;
        }

        /** {@code sql} (also null or empty) or {@code java}, as {@code --template} and {@code template =} write it. */
        public static Language named(String name) {
            if (name == null || name.isBlank() || name.strip().equalsIgnoreCase("sql")) {
                return SQL;
            }
            if (name.strip().equalsIgnoreCase("java")) {
                return JAVA;
            }
            throw new MigrationError("unknown revision template '" + name + "'; use 'sql' (script.sql.vm) or 'java'"
                    + " (script.java.vm)");
        }
    }

    private static final VelocityEngine ENGINE = engine();

    /**
     * What a template can use. Each value is there under a camelCase name and, where Alembic's
     * {@code script.py.mako} has one, under Alembic's snake_case name too.
     *
     * @param id               the new revision's id ({@code $id}, {@code $up_revision})
     * @param downRevisions    its parents ({@code $downRevisions}; {@code $down_revision} joins them with ", ")
     * @param branchLabels     ({@code $branchLabels}; {@code $branch_labels} joined)
     * @param dependsOn        ({@code $dependsOn}; {@code $depends_on} joined)
     * @param createDate       {@code yyyy-MM-dd HH:mm:ss} ({@code $createDate}, {@code $create_date})
     * @param message          the one-line message ({@code $message})
     * @param upgrades         upgrade statements, empty unless generated ({@code $upgrades})
     * @param downgrades       downgrade statements ({@code $downgrades})
     * @param downgradeEnabled false: leave out the downgrade section ({@code $downgradeEnabled})
     * @param args             the {@code -x key=value} pairs ({@code $args.key}, and {@code $key}
     *                         unless a built-in name already has that name)
     */
    public record Values(String id, List<String> downRevisions, List<String> branchLabels, List<String> dependsOn,
            String createDate, String message, String upgrades, String downgrades, boolean downgradeEnabled,
            Map<String, String> args) {

        public Values {
            Objects.requireNonNull(id, "id");
            downRevisions = List.copyOf(downRevisions);
            branchLabels = List.copyOf(branchLabels);
            dependsOn = List.copyOf(dependsOn);
            upgrades = upgrades == null ? "" : upgrades;
            downgrades = downgrades == null ? "" : downgrades;
            args = Map.copyOf(args);
        }
    }

    private RevisionTemplate() {
    }

    /** The template file a project may provide. */
    public static Path projectTemplate(Path scriptLocation) {
        return scriptLocation.resolve(FILE_NAME);
    }

    /** The template file a project may provide for {@code language}. */
    public static Path projectTemplate(Path scriptLocation, Language language) {
        return scriptLocation.resolve(language.templateName());
    }

    /** Renders with the project's template if it has one, else the built-in one. */
    public static String render(Path scriptLocation, String shownName, Values values) {
        return render(scriptLocation, Language.SQL, shownName, values);
    }

    /** Renders a {@code language} revision with the project's template if it has one, else the built-in one. */
    public static String render(Path scriptLocation, Language language, String shownName, Values values) {
        Path own = projectTemplate(scriptLocation, language);
        if (Files.isRegularFile(own)) {
            try {
                return render(shownName, Files.readString(own, StandardCharsets.UTF_8), values);
            } catch (IOException e) {
                throw new MigrationError(shownName + ": cannot read the template (" + e.getMessage() + ")", e);
            }
        }
        return render("built-in " + language.templateName(), builtIn(language.templateName()), values);
    }

    static String render(String templateName, String template, Values values) {
        VelocityContext context = new VelocityContext();
        values.args().forEach(context::put);
        context.put("args", values.args());
        context.put("id", values.id());
        context.put("up_revision", values.id());
        context.put("downRevisions", values.downRevisions());
        context.put("down_revision", String.join(", ", values.downRevisions()));
        context.put("branchLabels", values.branchLabels());
        context.put("branch_labels", String.join(", ", values.branchLabels()));
        context.put("dependsOn", values.dependsOn());
        context.put("depends_on", String.join(", ", values.dependsOn()));
        context.put("createDate", values.createDate());
        context.put("create_date", values.createDate());
        context.put("message", values.message());
        context.put("upgrades", values.upgrades());
        context.put("downgrades", values.downgrades());
        context.put("downgradeEnabled", values.downgradeEnabled());
        context.put("className", className(values.id(), values.message()));
        StringWriter out = new StringWriter();
        try (Reader in = new StringReader(template)) {
            ENGINE.evaluate(context, out, templateName, in);
        } catch (ParseErrorException e) {
            throw new ScriptFileError(templateName, e.getLineNumber(), "template syntax error: "
                    + firstLine(e.getInvalidSyntax() == null ? e.getMessage() : "near '" + e.getInvalidSyntax() + "'"),
                    "fix the Velocity syntax (see the Velocity user guide), or delete the file to use the built-in template");
        } catch (VelocityException e) {
            throw new ScriptFileError(templateName, 0, "the template failed: " + firstLine(e.getMessage()),
                    "fix the template, or delete it to use the built-in one");
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        return out.toString();
    }

    /** Names the template (and the engine) import: a class of that name would hide them. */
    private static final Set<String> IMPORTED = Set.of("Migration", "Operations", "Operation",
            "Column", "List", "Map", "Object", "String");

    /**
     * A Java class name for a revision ({@code $className}): the message in CamelCase
     * ({@code Add users table} gives {@code AddUsersTable}), else {@code Revision<id>}.
     */
    static String className(String id, String message) {
        StringBuilder camel = new StringBuilder();
        for (String word : Slugs.of(message).split("_")) {
            if (!word.isEmpty()) {
                camel.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        String name = camel.toString();
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
            return "Revision" + id + name;
        }
        return IMPORTED.contains(name) ? "Revision" + name : name;
    }

    private static String firstLine(String text) {
        String s = text == null ? "" : text.strip();
        int newline = s.indexOf('\n');
        return newline < 0 ? s : s.substring(0, newline).strip();
    }

    private static String builtIn(String name) {
        try (InputStream in = RevisionTemplate.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("built-in template " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in template", e);
        }
    }

    private static VelocityEngine engine() {
        Properties properties = new Properties();
        properties.put(RuntimeConstants.RUNTIME_LOG_INSTANCE, NOPLogger.NOP_LOGGER);
        properties.put(RuntimeConstants.RESOURCE_LOADERS, "string");
        properties.put("resource.loader.string.class", "org.apache.velocity.runtime.resource.loader.StringResourceLoader");
        // A project's template is code from the repository, not from the user at the keyboard: it gets
        // the values it is given and their plain methods, never reflection (Class, ClassLoader,
        // Runtime, System, java.lang.reflect... as Velocity's introspector.restrict lists them).
        properties.put(RuntimeConstants.UBERSPECT_CLASSNAME, SecureUberspector.class.getName());
        VelocityEngine engine = new VelocityEngine(properties);
        engine.init();
        return engine;
    }
}
