package org.dbmigrate.internal.config;

import java.io.File;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dbmigrate.config.Location;
import org.dbmigrate.config.MigrateConfig.RevisionIdStyle;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.config.Secret;

/**
 * How the text of a setting becomes its value. A value that does not parse throws
 * {@link IllegalArgumentException} whose message lists what is accepted; the loader adds where the
 * value came from.
 */
public enum ValueType {
    TEXT("any text") {
        @Override
        public Object parse(String raw, Path baseDir) {
            return raw;
        }
    },
    SECRET("any text") {
        @Override
        public Object parse(String raw, Path baseDir) {
            return Secret.of(raw);
        }
    },
    PATH_LIST("comma-separated folder paths") {
        @Override
        public Object parse(String raw, Path baseDir) {
            List<Path> paths = new ArrayList<>();
            for (String part : raw.split(",")) {
                if (!part.isBlank()) {
                    paths.add(resolve(part.strip(), baseDir));
                }
            }
            return List.copyOf(paths);
        }
    },
    CLASS_PATH("folders and jars, separated by commas or " + File.pathSeparator) {
        @Override
        public Object parse(String raw, Path baseDir) {
            List<Path> paths = new ArrayList<>();
            for (String part : raw.split("[," + Pattern.quote(File.pathSeparator) + "]")) {
                if (!part.isBlank()) {
                    paths.add(resolve(part.strip(), baseDir));
                }
            }
            return List.copyOf(paths);
        }
    },
    LOCATION("a folder, filesystem:<folder> or classpath:<path>") {
        @Override
        public Object parse(String raw, Path baseDir) {
            return Location.parse(raw, baseDir);
        }
    },
    LOCATION_LIST("comma-separated folders, filesystem:<folder> or classpath:<path>") {
        @Override
        public Object parse(String raw, Path baseDir) {
            List<Location> locations = new ArrayList<>();
            for (String part : raw.split(",")) {
                if (!part.isBlank()) {
                    locations.add(Location.parse(part, baseDir));
                }
            }
            return List.copyOf(locations);
        }
    },
    TABLE_NAME("a table name of letters, digits and _ (optionally schema.table)") {
        private final Pattern name = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

        @Override
        public Object parse(String raw, Path baseDir) {
            if (!name.matcher(raw).matches()) {
                throw rejected();
            }
            return raw;
        }
    },
    REVISION_ID_STYLE("sequential or hex") {
        @Override
        public Object parse(String raw, Path baseDir) {
            return switch (raw.toLowerCase(Locale.ROOT)) {
                case "sequential" -> RevisionIdStyle.SEQUENTIAL;
                case "hex" -> RevisionIdStyle.HEX;
                default -> throw rejected();
            };
        }
    },
    BOOLEAN("true or false") {
        @Override
        public Object parse(String raw, Path baseDir) {
            // oslo.config and configparser users write yes/no and on/off too.
            return switch (raw.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on", "1" -> Boolean.TRUE;
                case "false", "no", "off", "0" -> Boolean.FALSE;
                default -> throw rejected();
            };
        }
    },
    REVISION_TEMPLATE("sql or java") {
        @Override
        public Object parse(String raw, Path baseDir) {
            String name = raw.strip().toLowerCase(Locale.ROOT);
            if (!name.equals("sql") && !name.equals("java")) {
                throw rejected();
            }
            return name;
        }
    },
    MODEL("jpa:<package or class names>, schema:<path to schema.sql> or url:jdbc:...") {
        @Override
        public Object parse(String raw, Path baseDir) {
            String value = raw.strip();
            if (value.isEmpty()) {
                return value;
            }
            if (value.startsWith("schema:")) {
                // The file is relative to the folder of the file that names it, as other paths are.
                return "schema:" + resolve(value.substring("schema:".length()).strip(), baseDir);
            }
            if (value.startsWith("jpa:") || value.startsWith("url:")) {
                return value;
            }
            throw rejected();
        }
    },
    RETRIES("a whole number, 0 or more") {
        @Override
        public Object parse(String raw, Path baseDir) {
            try {
                int n = Integer.parseInt(raw.strip());
                if (n < 0) {
                    throw rejected();
                }
                return n;
            } catch (NumberFormatException e) {
                throw rejected();
            }
        }
    },
    SCHEMA_NAME("a schema name of letters, digits and _, or empty") {
        @Override
        public Object parse(String raw, Path baseDir) {
            String name = raw.strip();
            if (!name.isEmpty() && !SCHEMA.matcher(name).matches()) {
                throw rejected();
            }
            return name;
        }
    },
    SCHEMA_LIST("comma-separated schema names of letters, digits and _") {
        @Override
        public Object parse(String raw, Path baseDir) {
            List<String> names = new ArrayList<>();
            for (String part : raw.split(",")) {
                String name = part.strip();
                if (name.isEmpty()) {
                    continue;
                }
                if (!SCHEMA.matcher(name).matches()) {
                    throw rejected();
                }
                names.add(name);
            }
            return List.copyOf(names);
        }
    },
    SECONDS("a whole number of seconds from 0 to " + Limits.MAX_SECONDS) {
        @Override
        public Object parse(String raw, Path baseDir) {
            try {
                long seconds = Long.parseLong(raw.strip());
                if (seconds < 0 || seconds > Limits.MAX_SECONDS) {
                    throw rejected();
                }
                return Duration.ofSeconds(seconds);
            } catch (NumberFormatException e) {
                throw rejected();
            }
        }
    },
    LOCK_KIND("advisory or table") {
        @Override
        public Object parse(String raw, Path baseDir) {
            return switch (raw.strip().toLowerCase(Locale.ROOT)) {
                case "advisory" -> MigrateConfig.LockKind.ADVISORY;
                case "table" -> MigrateConfig.LockKind.TABLE;
                default -> throw rejected();
            };
        }
    },
    COUNT("a whole number, 1 or more") {
        @Override
        public Object parse(String raw, Path baseDir) {
            try {
                int count = Integer.parseInt(raw.strip());
                if (count < 1) {
                    throw rejected();
                }
                return count;
            } catch (NumberFormatException e) {
                throw rejected();
            }
        }
    },
    CHARSET("a character set name such as UTF-8 or ISO-8859-1") {
        @Override
        public Object parse(String raw, Path baseDir) {
            try {
                return Charset.forName(raw.strip());
            } catch (IllegalArgumentException e) {
                throw rejected();
            }
        }
    };

    private static final Pattern SCHEMA = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final String accepted;

    ValueType(String accepted) {
        this.accepted = accepted;
    }

    /** What a user may write, for error messages: {@code sequential or hex}. */
    public String accepted() {
        return accepted;
    }

    public abstract Object parse(String raw, Path baseDir);

    IllegalArgumentException rejected() {
        return new IllegalArgumentException("use " + accepted);
    }

    /** The bounds of numeric settings, kept in one place. */
    static final class Limits {
        /**
         * The longest time any setting may name: what every driver and database takes (PostgreSQL's
         * lock_timeout and JDBC's network timeout are int milliseconds, about 24.8 days).
         */
        static final long MAX_SECONDS = Integer.MAX_VALUE / 1000;

        private Limits() {
        }
    }

    private static Path resolve(String raw, Path baseDir) {
        return baseDir.resolve(raw).toAbsolutePath().normalize();
    }
}
