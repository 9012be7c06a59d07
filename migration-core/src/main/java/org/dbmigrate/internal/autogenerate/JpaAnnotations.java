package org.dbmigrate.internal.autogenerate;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.InvocationTargetException;
import java.util.Optional;

/** Annotations read by their class names, so dbmigrate needs neither a JPA nor a validation jar. */
final class JpaAnnotations {

    static final String P = "jakarta.persistence.";
    static final String V = "jakarta.validation.constraints.";

    private JpaAnnotations() {
    }

    static boolean has(AnnotatedElement element, String annotation) {
        return find(element, annotation).isPresent();
    }

    static Optional<Annotation> find(AnnotatedElement element, String annotation) {
        for (Annotation a : element.getAnnotations()) {
            if (a.annotationType().getName().equals(annotation)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    static Object attr(Annotation annotation, String name) {
        try {
            return annotation.annotationType().getMethod(name).invoke(annotation);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + annotation.annotationType().getName() + "." + name, e);
        }
    }

    /** A text attribute, null when empty (JPA's "not given"). */
    static String text(Annotation annotation, String name) {
        String s = (String) attr(annotation, name);
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Hibernate's own {@code @Comment}, if the model uses it. */
    static String comment(AnnotatedElement element) {
        return find(element, "org.hibernate.annotations.Comment").map(c -> (String) attr(c, "value")).orElse(null);
    }
}
