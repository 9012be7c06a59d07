package org.dbmigrate.internal.graph;

/**
 * A {@code start:end} range as {@code history -r} and offline {@code --sql} take it. An empty side
 * is null: {@code :head} has no start, {@code 001:} no end.
 *
 * @param start the lower end (for {@code --sql}: the heads the script assumes are applied)
 * @param end   the upper end (for {@code --sql}: the target)
 */
public record RevisionRange(String start, String end) {

    /** Whether {@code text} is a range rather than a single identifier. */
    public static boolean isRange(String text) {
        return text != null && text.indexOf(':') >= 0;
    }

    /** Splits at the colon; more than one colon is an error. */
    public static RevisionRange parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0 || text.indexOf(':', colon + 1) >= 0) {
            throw new BadIdentifierError(text, "a range is written start:end, start: or :end");
        }
        String start = text.substring(0, colon).strip();
        String end = text.substring(colon + 1).strip();
        return new RevisionRange(start.isEmpty() ? null : start, end.isEmpty() ? null : end);
    }
}
