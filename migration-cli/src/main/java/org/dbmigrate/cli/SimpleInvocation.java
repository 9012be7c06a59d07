package org.dbmigrate.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The everyday runs that need no parser: {@code heads}, {@code history}, {@code current} and
 * {@code upgrade [TARGET] [--sql]}, with at most {@code --config-file FILE} (repeatable), {@code -q},
 * {@code -v}, {@code --debug} and {@code --yes}. Building picocli's model reads the commands'
 * annotations, and the JVM generates a proxy class for each annotation type the first time: about a
 * quarter of a short run's CPU. Such arguments leave picocli no choice, so the command object is
 * filled here exactly as picocli would fill it. Anything else (another command or option, a value
 * starting with {@code -} or {@code @}, an option given twice, a branded launcher's own commands,
 * {@code -Dpicocli.*}) returns null and goes through picocli, so help, usage errors and their
 * wording are picocli's.
 */
final class SimpleInvocation {

    private static final Set<String> FLAGS = Set.of("-q", "--quiet", "-v", "--verbose", "--debug", "--yes");
    private static final String CONFIG_FILE = "--config-file";
    private static final String SQL = "--sql";
    private static final Set<String> COMMANDS = Set.of("heads", "history", "current", "upgrade");

    private final GlobalOptions options = new GlobalOptions();
    private final Set<String> flagsSeen = new HashSet<>();
    private final List<String> words = new ArrayList<>();
    private boolean configFileBefore;
    private boolean configFileAfter;

    private SimpleInvocation() {
    }

    /** The subcommand ready to call, its root holding the global options; null when picocli must parse. */
    static DbManageSubcommand of(String[] args, DbManageCommand root, Map<String, String> systemProperties) {
        for (String property : systemProperties.keySet()) {
            if (property.startsWith("picocli.")) {
                return null;
            }
        }
        SimpleInvocation invocation = new SimpleInvocation();
        if (!invocation.read(args)) {
            return null;
        }
        DbManageSubcommand subcommand = invocation.subcommand(root);
        if (subcommand != null) {
            root.options = invocation.options;
            subcommand.runWithout(root);
        }
        return subcommand;
    }

    private boolean read(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith(CONFIG_FILE)) {
                configFileBefore |= words.isEmpty();
                configFileAfter |= !words.isEmpty();
            }
            if (arg.equals(CONFIG_FILE)) {
                if (i + 1 == args.length || !configFile(args[++i])) {
                    return false;
                }
            } else if (arg.startsWith(CONFIG_FILE + "=")) {
                if (!configFile(arg.substring(CONFIG_FILE.length() + 1))) {
                    return false;
                }
            } else if (arg.equals(SQL)) {
                // upgrade's own option: picocli takes it after the command word only
                if (words.isEmpty() || !flagsSeen.add(SQL)) {
                    return false;
                }
            } else if (FLAGS.contains(arg)) {
                if (!flag(arg)) {
                    return false;
                }
            } else if (plain(arg)) {
                words.add(arg);
            } else {
                return false;
            }
        }
        // the option's copy on the subcommand may start its own list: left to picocli
        return !(configFileBefore && configFileAfter);
    }

    private boolean configFile(String value) {
        // picocli takes no subcommand's name as an option's value ("Expected parameter for option")
        if (!plain(value) || COMMANDS.contains(value)) {
            return false;
        }
        try {
            options.configFiles.add(Path.of(value));
            return true;
        } catch (InvalidPathException e) {
            return false; // picocli's usage error says so
        }
    }

    /** A boolean flag; picocli refuses one given twice (also as its other name), so that goes to picocli. */
    private boolean flag(String arg) {
        String option = switch (arg) {
            case "-q", "--quiet" -> "quiet";
            case "-v", "--verbose" -> "verbose";
            default -> arg;
        };
        if (!flagsSeen.add(option)) {
            return false;
        }
        switch (option) {
            case "quiet" -> options.quiet = true;
            case "verbose" -> options.verbose = true;
            case "--debug" -> options.debug = true;
            default -> options.yes = true;
        }
        return true;
    }

    /** Not an option, an {@code @file} or empty: picocli would take it as it stands. */
    private static boolean plain(String arg) {
        return !arg.isEmpty() && !arg.startsWith("-") && !arg.startsWith("@");
    }

    private DbManageSubcommand subcommand(DbManageCommand root) {
        if (words.isEmpty()) {
            return null;
        }
        String command = words.get(0);
        int positionals = words.size() - 1;
        if (flagsSeen.contains(SQL) && !command.equals("upgrade")) {
            return null;
        }
        switch (command) {
            case "heads":
                return positionals == 0 ? withFormat(new HeadsSubcommand()) : null;
            case "history":
                return positionals == 0 ? withFormat(new HistorySubcommand()) : null;
            case "current":
                if (positionals != 0) {
                    return null;
                }
                CurrentSubcommand current = new CurrentSubcommand();
                current.format = new OutputFormat();
                current.fleet = fleet(root);
                return current;
            case "upgrade":
                if (positionals > 1) {
                    return null;
                }
                UpgradeSubcommand upgrade = new UpgradeSubcommand();
                upgrade.target = positionals == 1 ? words.get(1) : null;
                upgrade.sql = flagsSeen.contains(SQL);
                upgrade.format = new OutputFormat();
                upgrade.fleet = fleet(root);
                return upgrade;
            default:
                return null;
        }
    }

    private static DbManageSubcommand withFormat(HeadsSubcommand heads) {
        heads.format = new OutputFormat();
        return heads;
    }

    private static DbManageSubcommand withFormat(HistorySubcommand history) {
        history.format = new OutputFormat();
        return history;
    }

    private static FleetOptions fleet(DbManageCommand root) {
        FleetOptions fleet = new FleetOptions();
        fleet.directRoot = root;
        return fleet;
    }
}
