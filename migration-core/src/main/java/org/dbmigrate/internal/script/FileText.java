package org.dbmigrate.internal.script;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnmappableCharacterException;

/**
 * The text of a revision file in the configured encoding ({@code [migrate] encoding}, UTF-8 by
 * default). Bytes that do not decode stop the command before anything runs, naming the file and
 * line: replacing them would store garbage in the database without a word.
 */
final class FileText {

    private FileText() {
    }

    static String decode(byte[] bytes, Charset encoding, String shown) {
        if (encoding.equals(StandardCharsets.UTF_8)) {
            // String's own UTF-8 decoding is intrinsic and fast (a strict decoder runs byte by byte,
            // interpreted at start-up); it replaces malformed input with U+FFFD, so without one the
            // text is exactly what the strict decoder returns
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return text;
            }
        }
        CharsetDecoder decoder = encoding.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            int at = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < at && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int length = e instanceof MalformedInputException m ? m.getInputLength()
                    : e instanceof UnmappableCharacterException u ? u.getInputLength() : 1;
            StringBuilder hex = new StringBuilder();
            for (int i = at; i < Math.min(bytes.length, at + Math.max(1, length)); i++) {
                hex.append(hex.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xFF));
            }
            String alternative = encoding.equals(StandardCharsets.UTF_8) ? "ISO-8859-1" : "UTF-8";
            throw new ScriptFileError(shown, line, "byte(s) " + hex + " at column " + (at - lineStart + 1)
                    + " are not valid " + encoding.name(), "save the file as " + encoding.name()
                    + ", or set [migrate] encoding to the character set it is written in (e.g. " + alternative + ")");
        }
    }
}
