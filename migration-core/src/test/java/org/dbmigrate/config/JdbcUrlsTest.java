package org.dbmigrate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
