package org.dbmigrate.internal.config;

import org.dbmigrate.config.ConfigError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dbmigrate.error.MigrationError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC 3: the INI format of migrate.conf, as OpenStack services write it. */
class IniFileTest {

    private static final Path FILE = Path.of("/etc/app/app.conf");

    private static IniFile parse(Map<String, String> env, String... lines) {
        return IniFile.parse(FILE, List.of(lines), env);
    }

    @Test
    void readsSectionsKeysAndTrimmedValues() {
        IniFile ini = parse(Map.of(), "[database]", "  url =  jdbc:h2:mem:x  ", "", "[migrate]", "downgrade=false");
        assertEquals(List.of(new IniFile.Entry("database", "url", "jdbc:h2:mem:x", 2),
                new IniFile.Entry("migrate", "downgrade", "false", 5)), ini.entries());
    }

    @Test
    void wholeLineCommentsOnlySoAPasswordMayHoldHashAndSemicolon() {
        IniFile ini = parse(Map.of(), "# comment", "; another", "[database]", "   # indented comment",
                "password = se#cr;et # not a comment");
        assertEquals("se#cr;et # not a comment", ini.entries().get(0).value());
        assertEquals(1, ini.entries().size());
    }

    @Test
    void valueMayContainEqualsSigns() {
        IniFile ini = parse(Map.of(), "[database]", "url = jdbc:mysql://h/db?sslMode=DISABLED&a=b");
        assertEquals("jdbc:mysql://h/db?sslMode=DISABLED&a=b", ini.entries().get(0).value());
    }

    @Test
    void keysAreLowerCasedAndDashesBecomeUnderscores() {
        IniFile ini = parse(Map.of(), "[migrate]", "Script-Location = m");
        assertEquals("script_location", ini.entries().get(0).key());
    }

    @Test
    void emptyValueIsAllowed() {
        assertEquals("", parse(Map.of(), "[database]", "password =").entries().get(0).value());
    }

    @Test
    void environmentVariableIsExpanded() {
        IniFile ini = parse(Map.of("DB_PASSWORD", "p$ss"), "[database]", "password = ${DB_PASSWORD}");
        assertEquals("p$ss", ini.entries().get(0).value());
    }

    @Test
    void defaultAppliesWhenVariableUnsetOrEmpty() {
        IniFile ini = parse(Map.of("EMPTY", ""), "[database]", "user = ${DB_USER:-sa}", "password = ${DB_PASSWORD:-}",
                "url = ${EMPTY:-jdbc:h2:mem:d}");
        assertEquals(List.of("sa", "", "jdbc:h2:mem:d"), ini.entries().stream().map(IniFile.Entry::value).toList());
    }

    @Test
    void variablesMixWithTextAndLoneDollarIsKept() {
        IniFile ini = parse(Map.of("HOST", "db1"), "[database]", "url = jdbc:postgresql://${HOST}:5432/a$b",
                "password = $${NOT_A_VAR}");
        assertEquals("jdbc:postgresql://db1:5432/a$b", ini.entries().get(0).value());
        assertEquals("${NOT_A_VAR}", ini.entries().get(1).value());
    }

    @Test
    void unsetVariableWithoutDefaultNamesFileLineAndVariable() {
        ConfigError e = assertThrows(ConfigError.class,
                () -> parse(Map.of(), "[database]", "url = x", "password = ${DB_PASSWORD}"));
        assertEquals(FILE + " line 3: environment variable DB_PASSWORD is not set; set it or write "
                + "${DB_PASSWORD:-default}", e.getMessage());
    }

    @Test
    void unclosedPlaceholderIsAnError() {
        ConfigError e = assertThrows(ConfigError.class, () -> parse(Map.of(), "[database]", "user = ${USER"));
        assertEquals(FILE + " line 2: '${' has no closing '}'; write ${VAR} or ${VAR:-default}", e.getMessage());
    }

    @Test
    void badVariableNameIsAnError() {
        ConfigError e = assertThrows(ConfigError.class, () -> parse(Map.of(), "[database]", "user = ${1-x}"));
        assertEquals(FILE + " line 2: '${1-x}' is not an environment variable name; use letters, digits and _",
                e.getMessage());
    }

    @Test
    void hereIsTheFilesFolder() {
        IniFile ini = parse(Map.of(), "[migrate]", "script_location = %(here)s/migrations");
        assertEquals(Path.of("/etc/app") + "/migrations", ini.entries().get(0).value());
    }

    @Test
    void keyBeforeAnySectionNamesTheLine() {
        ConfigError e = assertThrows(ConfigError.class, () -> parse(Map.of(), "# top", "url = x"));
        assertEquals(FILE + " line 2: 'url' comes before any [section]; put it under [database] or [migrate]",
                e.getMessage());
    }

    @Test
    void lineWithoutEqualsNamesTheLine() {
        ConfigError e = assertThrows(ConfigError.class, () -> parse(Map.of(), "[database]", "url"));
        assertEquals(FILE + " line 2: expected 'key = value', '[section]' or a comment starting with # or ;",
                e.getMessage());
    }

    @Test
    void brokenSectionHeaderNamesTheLine() {
        ConfigError e = assertThrows(ConfigError.class, () -> parse(Map.of(), "[database"));
        assertEquals(FILE + " line 1: a section header must be written [name]", e.getMessage());
    }

    @Test
    void missingKeyNamesTheLine() {
        ConfigError e = assertThrows(ConfigError.class, () -> parse(Map.of(), "[database]", " = x"));
        assertEquals(FILE + " line 2: the line has no key before '='", e.getMessage());
    }

    @Test
    void duplicateKeyInOneSectionIsAnError() {
        ConfigError e = assertThrows(ConfigError.class,
                () -> parse(Map.of(), "[database]", "url = a", "[migrate]", "downgrade = true", "[database]", "URL = b"));
        assertEquals(FILE + " line 6: [database] url is already set on line 2; keep one of them", e.getMessage());
    }

    @Test
    void byteOrderMarkIsIgnored() {
        assertEquals("database", parse(Map.of(), "\uFEFF[database]", "url = x").entries().get(0).section());
    }

    @Test
    void missingFileIsOneLineNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("nope.conf");
        MigrationError e = assertThrows(MigrationError.class, () -> IniFile.read(missing, Map.of()));
        assertEquals("config file " + missing + " does not exist; check --config-file", e.getMessage());
    }
}
