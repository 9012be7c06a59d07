package org.dbmigrate.spring.boot;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.util.ClassUtils;

/**
 * Spring Boot's own auto-configurations by simple name, from 3.5's packages or 4.0's, so the same
 * tests run on both lines.
 */
final class BootLine {

    private static final List<String> PACKAGES = List.of(
            "org.springframework.boot.autoconfigure.jdbc.",
            "org.springframework.boot.jdbc.autoconfigure.",
            "org.springframework.boot.autoconfigure.orm.jpa.",
            "org.springframework.boot.hibernate.autoconfigure.",
            "org.springframework.boot.autoconfigure.transaction.",
            "org.springframework.boot.transaction.autoconfigure.",
            "org.springframework.boot.actuate.autoconfigure.endpoint.");

    private BootLine() {
    }

    static AutoConfigurations autoConfigurations(String... simpleNames) {
        List<Class<?>> classes = new ArrayList<>();
        for (String simpleName : simpleNames) {
            classes.add(PACKAGES.stream().map(p -> p + simpleName)
                    .filter(n -> ClassUtils.isPresent(n, BootLine.class.getClassLoader()))
                    .map(n -> ClassUtils.resolveClassName(n, BootLine.class.getClassLoader()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no " + simpleName)));
        }
        return AutoConfigurations.of(classes.toArray(Class<?>[]::new));
    }
}
