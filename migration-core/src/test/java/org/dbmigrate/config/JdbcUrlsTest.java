package org.dbmigrate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SPEC 3: a password never appears in any output, including one written into the URL. */
class JdbcUrlsTest {

    @Test
    void hidesQueryParameterPassword() {
        assertEquals("jdbc:postgresql://h/db?user=a&password=****&ssl=true",
                JdbcUrls.redact("jdbc:postgresql://h/db?user=a&password=s3cr#t&ssl=true"));
    }

    @Test
    void hidesH2SemicolonPassword() {
        assertEquals("jdbc:h2:mem:x;USER=sa;PASSWORD=****", JdbcUrls.redact("jdbc:h2:mem:x;USER=sa;PASSWORD=pw"));
    }

    @Test
    void hidesUserInfoPassword() {
        assertEquals("jdbc:mysql://root:****@127.0.0.1:3306/test",
                JdbcUrls.redact("jdbc:mysql://root:pw@127.0.0.1:3306/test"));
    }

    @Test
    void leavesPlainUrlAlone() {
        assertEquals("jdbc:mysql://127.0.0.1:3306/test?sslMode=DISABLED",
                JdbcUrls.redact("jdbc:mysql://127.0.0.1:3306/test?sslMode=DISABLED"));
    }

    @Test
    void localMeansH2InProcessOrALoopbackHost() {
        assertTrue(JdbcUrls.isLocal("jdbc:h2:mem:test"));
        assertTrue(JdbcUrls.isLocal("jdbc:h2:file:./target/db"));
        assertTrue(JdbcUrls.isLocal("jdbc:h2:tcp://localhost:9092/db"));
        assertTrue(JdbcUrls.isLocal("jdbc:postgresql://127.0.0.1:5432/app"));
        assertTrue(JdbcUrls.isLocal("jdbc:mariadb://root:secret@localhost/app?user=root"));
        assertTrue(JdbcUrls.isLocal("jdbc:postgresql://[::1]:5432/app"));
        assertTrue(JdbcUrls.isLocal("jdbc:mysql://127.0.0.1,localhost/app"));
        assertFalse(JdbcUrls.isLocal("jdbc:postgresql://db.example.com/app"));
        assertFalse(JdbcUrls.isLocal("jdbc:mysql://127.0.0.1,db.example.com/app"));
        assertFalse(JdbcUrls.isLocal("jdbc:h2:tcp://db.example.com/app"));
        assertFalse(JdbcUrls.isLocal("jdbc:postgresql:app"));
    }

    @Test
    void credentialsWrittenIntoTheUrl() {
        assertEquals(Optional.of("root"), JdbcUrls.user("jdbc:mariadb://127.0.0.1/app?user=root&password=pw"));
        assertEquals(Optional.of("pw"), JdbcUrls.password("jdbc:mariadb://127.0.0.1/app?user=root&password=pw"));
        assertEquals(Optional.of("ann"), JdbcUrls.user("jdbc:mysql://ann:pw2@127.0.0.1/app"));
        assertEquals(Optional.of("pw2"), JdbcUrls.password("jdbc:mysql://ann:pw2@127.0.0.1/app"));
        assertEquals(Optional.of("sa"), JdbcUrls.user("jdbc:h2:mem:x;USER=sa"));
        assertEquals(Optional.empty(), JdbcUrls.user("jdbc:postgresql://127.0.0.1/app"));
        assertEquals(Optional.empty(), JdbcUrls.password("jdbc:postgresql://127.0.0.1/app?user=x"));
    }
}
