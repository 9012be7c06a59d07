package org.dbmigrate.internal.script;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** File names of new revisions: {@code <id>_<slug>.sql}. */
class SlugsTest {

    @Test
    void lowerCaseWithRunsOfOtherCharactersAsOneUnderscore() {
        assertEquals("add_users_table", Slugs.of("Add users table"));
        assertEquals("add_user_s_e_mail_v2", Slugs.of("  Add user's e-mail (v2)!  "));
        assertEquals("ajouter_l_equipe", Slugs.of("Ajouter l'équipe"));
    }

    @Test
    void cutAtFortyCharactersOnAWordBoundary() {
        assertEquals("add_a_rather_long_column_to_the_accounts", Slugs.of("Add a rather long column to the accounts table"));
        assertEquals("add_a_rather_long_column_to_the", Slugs.of("Add a rather long column to the accountings table"));
        assertEquals("a".repeat(40), Slugs.of("a".repeat(50)));
    }

    @Test
    void noSlugGivesAFileNamedByTheIdAlone() {
        assertEquals("003.sql", Slugs.fileName("003", null));
        assertEquals("003.sql", Slugs.fileName("003", " --- "));
        assertEquals("003_init.sql", Slugs.fileName("003", "Init"));
    }
}
