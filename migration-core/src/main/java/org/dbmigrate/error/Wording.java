package org.dbmigrate.error;

import java.util.List;

/**
 * A message whose flags and command names stay symbolic until a front end renders it with its
 * {@link FlagVocabulary}. Parts are text ({@link String}), a {@link Flag}, a {@link Flag.Valued}
 * or a {@link #command(String) command}:
 * <pre>{@code
 * Wording.of("rerun ", Wording.command("upgrade"), " with ", Flag.ACCEPT_CHANGED)
 * }</pre>
 */
public final class Wording {

    private final List<Object> parts;

    private Wording(List<Object> parts) {
        this.parts = parts;
    }

    public static Wording of(Object... parts) {
        for (Object part : parts) {
            if (!(part instanceof String || part instanceof Flag || part instanceof Flag.Valued
                    || part instanceof CommandName)) {
                throw new IllegalArgumentException("not a message part: " + part);
            }
        }
        return new Wording(List.of(parts));
    }

    /** A command's name, {@code upgrade} or {@code migrate:upgrade}. */
    public static Object command(String name) {
        return new CommandName(name);
    }

    public String render(FlagVocabulary vocabulary) {
        StringBuilder out = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof Flag flag) {
                out.append(vocabulary.flag(flag));
            } else if (part instanceof Flag.Valued valued) {
                out.append(vocabulary.flag(valued.flag(), valued.value()));
            } else if (part instanceof CommandName command) {
                out.append(vocabulary.command(command.name()));
            } else {
                out.append(part);
            }
        }
        return out.toString();
    }

    private record CommandName(String name) {
    }
}
