package org.dbmigrate.internal.dialect;

import java.util.Locale;

/**
 * H2. Its DDL commits the open transaction (each CREATE/ALTER/DROP "commits an open transaction",
 * as H2's grammar says), so a failed revision cannot be rolled back: H2 is run like MySQL, with the
 * version row moved only after a revision has finished.
 */
public final class H2Dialect implements Dialect {

    @Override
    public String name() {
        return "H2";
    }

    @Override
    public DatabaseLock lock(LockName name) {
        return new LockTableLock(name.versionTable() + "_lock");
    }

    @Override
    public String catalogCase(String identifier) {
        return identifier.toUpperCase(Locale.ROOT);
    }

    /** A plain string would be stored as a JSON string; {@code JSON '...'} parses it. */
    @Override
    public String jsonLiteral(String json) {
        return "JSON " + literal(json);
    }
}
