package org.dbmigrate.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.CommandResult;

/**
 * Autogenerate without writing: fails, listing each difference on its own line, when the model
 * ({@code [autogenerate] model} in migrate.conf, or {@code -Dmigrate.model}) and the database
 * differ; passes with "No new upgrade operations detected.". For CI, like Alembic's
 * {@code check}. A {@code jpa:} model is found among the project's compiled classes: run it after
 * {@code compile}.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE)
public class CheckMojo extends AbstractFormatMojo {

    /** The project's classes and dependencies, where a {@code jpa:} model's entities are found. */
    @Parameter(defaultValue = "${project.compileClasspathElements}", readonly = true, required = true)
    private List<String> classpathElements;

    @Override
    protected CommandResult run(Migrator migrator) throws Exception {
        if (json()) {
            return print(migrator.withModelClasspath(ModelClasspath.of(classpathElements)).json().check());
        }
        return migrator.withModelClasspath(ModelClasspath.of(classpathElements)).check();
    }
}
