package org.dbmigrate.maven;

import java.util.EnumMap;
import java.util.Map;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.dbmigrate.config.ConfigKey;
import org.dbmigrate.error.MigrationError;

/** User and password of the settings.xml {@code <server>} named by {@code migrate.serverId}. */
final class ServerCredentials {

    private ServerCredentials() {
    }

    /** The server's username and decrypted password under the setting keys; empty without a server id. */
    static Map<ConfigKey, String> lookup(Settings settings, SettingsDecrypter decrypter, String serverId) {
        Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
        if (serverId == null || serverId.isBlank()) {
            return values;
        }
        Server server = settings.getServer(serverId);
        if (server == null) {
            throw new MigrationError("migrate.serverId '" + serverId + "' names no <server> in settings.xml;"
                    + " add a <server> with that <id> or fix migrate.serverId");
        }
        SettingsDecryptionResult decrypted = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : decrypted.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new MigrationError("cannot decrypt the password of settings.xml server '" + serverId + "': "
                        + problem.getMessage() + "; check settings-security.xml or re-encrypt with mvn --encrypt-password");
            }
        }
        Server plain = decrypted.getServer();
        if (plain.getUsername() != null) {
            values.put(ConfigKey.USER, plain.getUsername());
        }
        if (plain.getPassword() != null) {
            values.put(ConfigKey.PASSWORD, plain.getPassword());
        }
        return values;
    }
}
