package org.dbmigrate.internal.runtime;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Who holds a table lock, as the warning of a later deployer names it: user, host, process and a nonce. */
final class LockOwner {

    private static final String HOST = host();

    private LockOwner() {
    }

    /** {@code deploy@build-7 pid 4242 #9f3a1c0e}: unique per acquisition, readable in a warning. */
    static String describe() {
        byte[] nonce = new byte[4];
        new SecureRandom().nextBytes(nonce);
        return System.getProperty("user.name", "unknown") + "@" + HOST + " pid " + ProcessHandle.current().pid()
                + " #" + HexFormat.of().formatHex(nonce);
    }

    /** The host name from the environment; no DNS look-up, which can hang on a misconfigured machine. */
    private static String host() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            host = System.getenv("COMPUTERNAME");
        }
        return host == null || host.isBlank() ? "localhost" : host;
    }
}
