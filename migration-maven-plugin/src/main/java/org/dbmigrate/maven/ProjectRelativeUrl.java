package org.dbmigrate.maven;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a relative embedded H2 path ({@code jdbc:h2:file:./target/db}, {@code jdbc:h2:../db})
 * against the project's folder. H2 alone would take the JVM's working folder, which in Maven is
 * wherever {@code mvn} started: {@code mvn -f app/pom.xml} or a reactor build from the parent would
 * open another database than {@code mvn} run in the project. Every other URL is left as written.
 */
final class ProjectRelativeUrl {

    private static final Pattern RELATIVE_H2 = Pattern.compile("jdbc:h2:(?:file:)?(\\.\\.?/[^;]*)(.*)", Pattern.DOTALL);

    private ProjectRelativeUrl() {
    }

    static String resolve(String url, Path basedir) {
        if (url == null) {
            return null;
        }
        Matcher m = RELATIVE_H2.matcher(url);
        if (!m.matches()) {
            return url;
        }
        Path file = basedir.resolve(m.group(1)).toAbsolutePath().normalize();
        return "jdbc:h2:file:" + file.toString().replace('\\', '/') + m.group(2);
    }
}
