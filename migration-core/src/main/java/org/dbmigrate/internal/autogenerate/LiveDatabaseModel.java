package org.dbmigrate.internal.autogenerate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.dbmigrate.config.Secret;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.internal.dialect.Dialect;
import org.dbmigrate.internal.dialect.Dialects;
import org.dbmigrate.internal.runtime.ConnectionSource;
import org.dbmigrate.internal.runtime.Database;

/**
 * {@code model = url:jdbc:...}: another live database, such as a developer's database changed by
 * hand. It is read with the target's credentials unless the URL carries its own.
 */
final class LiveDatabaseModel implements ModelSource {

    private final String url;
    private final String user;
    private final Secret password;

    LiveDatabaseModel(String url, String user, Secret password) {
        this.url = url.strip();
        this.user = user;
        this.password = password;
    }

    @Override
    public SchemaSnapshot read(Database target, ConnectionSource connections) {
        Dialect dialect = Dialects.forUrl(url);
        if (!dialect.name().equals(target.dialect().name())) {
            throw new MigrationError("[autogenerate] model = url:" + redacted() + " is a " + dialect.name()
                    + " database but the target is " + target.dialect().name() + "; compare databases of one kind");
        }
        try (Connection connection = url.contains("user=") ? DriverManager.getConnection(url)
                : DriverManager.getConnection(url, user, password.reveal())) {
            return Introspector.forDialect(dialect).read(connection);
        } catch (SQLException e) {
            throw new MigrationError("cannot read the model database " + redacted() + ": "
                    + firstLine(e.getMessage()) + "; check [autogenerate] model", e);
        }
    }

    @Override
    public String describe() {
        return "the database " + redacted();
    }

    /** The URL without its query, which may hold a password. */
    private String redacted() {
        int query = url.indexOf('?');
        int semicolon = url.indexOf(';');
        int cut = query < 0 ? semicolon : semicolon < 0 ? query : Math.min(query, semicolon);
        return cut < 0 ? url : url.substring(0, cut);
    }

    static String firstLine(String text) {
        String s = text == null ? "" : text.strip();
        int newline = s.indexOf('\n');
        return newline < 0 ? s : s.substring(0, newline);
    }
}
