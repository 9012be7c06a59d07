package org.dbmigrate.internal.script;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The {@code <slug>} of {@code <id>_<slug>.sql}: the message in lower case, accents dropped, every
 * run of other characters turned into one {@code _}, no {@code _} at either end, cut to at most 40
 * characters at a word boundary (a single longer word is cut at 40).
 */
public final class Slugs {

    static final int MAX_LENGTH = 40;

    private Slugs() {
    }

    public static String of(String message) {
        if (message == null) {
            return "";
        }
        String plain = Normalizer.normalize(message, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        if (slug.charAt(MAX_LENGTH) == '_') {
            return slug.substring(0, MAX_LENGTH);
        }
        int lastBreak = slug.lastIndexOf('_', MAX_LENGTH);
        return lastBreak > 0 ? slug.substring(0, lastBreak) : slug.substring(0, MAX_LENGTH);
    }

    /** {@code <id>_<slug>.sql}, or {@code <id>.sql} when the message gives no slug. */
    public static String fileName(String id, String message) {
        return fileName(id, message, ".sql");
    }

    /** {@code <id>_<slug><extension>}, or {@code <id><extension>} when the message gives no slug. */
    public static String fileName(String id, String message, String extension) {
        String slug = of(message);
        return slug.isEmpty() ? id + extension : id + "_" + slug + extension;
    }
}
