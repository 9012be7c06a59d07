package org.dbmigrate.internal.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14.2: a revision file that is not in the configured encoding is refused, never turned into garbage. */
class RevisionFileEncodingTest {

    @TempDir
    Path dir;

    private Path writeLatin1() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(RevisionFiles.header("001", "", "names", "").getBytes(StandardCharsets.UTF_8));
        bytes.write("\n-- migrate:upgrade\nINSERT INTO t VALUES ('café Müller');\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.createDirectories(dir.resolve("versions"));
        return Files.write(dir.resolve("versions").resolve("001_names.sql"), bytes.toByteArray());
    }

    @Test
    void latin1BytesInAUtf8ProjectNameTheFileLineAndTheFix() throws Exception {
        writeLatin1();
        String header = RevisionFiles.header("001", "", "names", "");
        int line = (int) header.lines().count() + 3;
        ScriptFileError e = assertThrows(ScriptFileError.class, () -> ScriptDirectory.load(TestConfigs.at(dir)));
        assertEquals(Path.of("versions", "001_names.sql") + ":" + line + ": byte(s) 0xE9 at column 27 are not valid"
                + " UTF-8; save the file as UTF-8, or set [migrate] encoding to the character set it is written in"
                + " (e.g. ISO-8859-1)", e.getMessage());
    }

    @Test
    void theEncodingSettingReadsTheFileAsWritten() throws Exception {
        writeLatin1();
        ScriptDirectory scripts = ScriptDirectory.load(TestConfigs.at(dir).toBuilder()
                .encoding(StandardCharsets.ISO_8859_1).build());
        assertEquals("INSERT INTO t VALUES ('café Müller')",
                scripts.script("001").upgrade().statements().get(0).sql());
    }

    /** UTF-8 is decoded by String first; a replacement character the file really holds is text, not an error. */
    @Test
    void utf8TextWithAReplacementCharacterOfItsOwnReadsAsWritten() throws Exception {
        Files.createDirectories(dir.resolve("versions"));
        Files.writeString(dir.resolve("versions").resolve("001_names.sql"), RevisionFiles.header("001", "", "names", "")
                + "\n-- migrate:upgrade\nINSERT INTO t VALUES ('caf\u00e9 \u4e16 \ud83d\ude00 \ufffd');\n");
        ScriptDirectory scripts = ScriptDirectory.load(TestConfigs.at(dir));
        assertEquals("INSERT INTO t VALUES ('caf\u00e9 \u4e16 \ud83d\ude00 \ufffd')",
                scripts.script("001").upgrade().statements().get(0).sql());
    }

    @Test
    void aBrokenSequenceAfterAReplacementCharacterIsStillRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(RevisionFiles.header("001", "", "names", "").getBytes(StandardCharsets.UTF_8));
        bytes.write("\n-- migrate:upgrade\n-- \ufffd\nSELECT 1;\n".getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {'-', '-', ' ', (byte) 0xC3, '\n'});
        Files.createDirectories(dir.resolve("versions"));
        Files.write(dir.resolve("versions").resolve("001_names.sql"), bytes.toByteArray());
        ScriptFileError e = assertThrows(ScriptFileError.class, () -> ScriptDirectory.load(TestConfigs.at(dir)));
        assertEquals(true, e.getMessage().contains(": byte(s) 0xC3 at column 4 are not valid UTF-8"), e.getMessage());
    }
}
