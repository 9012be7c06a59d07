package org.dbmigrate.cli;

import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;

/**
 * Which built-in subcommands a run must register with picocli. Building a command's model costs
 * picocli reflection over all its options, about as much as the rest of a short run, so when the
 * arguments plainly name one built-in command only that one is registered. Anything unusual (no
 * command, an unknown word, an option this scan does not know) registers them all, so help, usage
 * errors and suggestions read exactly as before.
 */
final class InvokedSubcommand {

    /** The global options of {@link GlobalOptions} that take a value in the next argument. */
    private static final Set<String> WITH_VALUE = Set.of("--config-file", "--database-connection", "-x");
    private static final Set<String> WITHOUT_VALUE = Set.of("-q", "--quiet", "-v", "--verbose", "--debug");

    private InvokedSubcommand() {
    }

    static List<Object> needed(List<Object> builtIn, String[] args) {
        String word = commandWord(args);
        if (word == null) {
            return builtIn;
        }
        for (Object subcommand : builtIn) {
            Command command = subcommand.getClass().getAnnotation(Command.class);
            if (command.name().equals(word) || List.of(command.aliases()).contains(word)) {
                return List.of(subcommand);
            }
        }
        return builtIn;
    }

    /** The first argument that is not a global option or its value; null when in doubt. */
    private static String commandWord(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (WITH_VALUE.contains(arg)) {
                i++;
            } else if (arg.startsWith("--config-file=") || arg.startsWith("--database-connection=")
                    || WITHOUT_VALUE.contains(arg)) {
                continue;
            } else if (arg.startsWith("-")) {
                return null;
            } else {
                return arg;
            }
        }
        return null;
    }
}
