package org.dbmigrate.internal.dialect;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What a migration lock guards: the version table of one database (schema). Two projects sharing a
 * database with different version tables do not block each other.
 *
 * @param database the database (MySQL catalog) or empty where locks are per database already
 * @param versionTable the configured version table
 */
public record LockName(String database, String versionTable) {

    public LockName {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(versionTable, "versionTable");
    }

    /** {@code dbmigrate:<database>.<table>}, shortened to a digest when longer than {@code max}. */
    public String text(int max) {
        String text = "dbmigrate:" + database + "." + versionTable;
        return text.length() <= max ? text : "dbmigrate:" + sha256(text).substring(0, max - "dbmigrate:".length());
    }

    /** A stable 64-bit key for PostgreSQL's advisory locks: the first 8 bytes of SHA-256 of {@link #text(int)}. */
    public long key() {
        byte[] digest = digest(text(Integer.MAX_VALUE));
        long key = 0;
        for (int i = 0; i < 8; i++) {
            key = (key << 8) | (digest[i] & 0xff);
        }
        return key;
    }

    private static String sha256(String text) {
        return HexFormat.of().formatHex(digest(text));
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
