package org.dbmigrate.internal.script;

import java.math.BigInteger;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Random;
import org.dbmigrate.config.MigrateConfig.RevisionIdStyle;
import org.dbmigrate.error.Flag;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.error.Wording;
import org.dbmigrate.graph.Revision;

/** Picks the id of a new revision: {@code --rev-id}, the next sequential number, or 12 random hex characters. */
public final class RevisionIds {

    private static final int MIN_WIDTH = 3;
    private static final int HEX_BYTES = 6;

    private RevisionIds() {
    }

    /**
     * @param explicit the {@code --rev-id} value, or null to allocate one in {@code style}
     * @param existing ids already in the graph
     */
    public static String choose(String explicit, RevisionIdStyle style, Collection<String> existing, Random random) {
        if (explicit != null) {
            if (!Revision.isValidId(explicit)) {
                throw new MigrationError(Wording.of(Flag.REV_ID.is("'" + explicit + "'"),
                        " is not a valid id; use only letters, digits and _"));
            }
            if (existing.contains(explicit)) {
                throw new MigrationError(Wording.of("revision id '" + explicit + "' already exists; choose another ",
                        Flag.REV_ID));
            }
            return explicit;
        }
        return style == RevisionIdStyle.HEX ? hex(existing, random) : sequential(existing);
    }

    /**
     * One more than the highest all-digit id, zero-padded to three digits or to the widest
     * all-digit id already there ({@code 007} after {@code 006}, {@code 1000} after {@code 999}).
     */
    static String sequential(Collection<String> existing) {
        BigInteger highest = BigInteger.ZERO;
        int width = MIN_WIDTH;
        for (String id : existing) {
            if (id.chars().allMatch(c -> c >= '0' && c <= '9')) {
                highest = highest.max(new BigInteger(id));
                width = Math.max(width, id.length());
            }
        }
        String next = highest.add(BigInteger.ONE).toString();
        return "0".repeat(Math.max(0, width - next.length())) + next;
    }

    static String hex(Collection<String> existing, Random random) {
        byte[] bytes = new byte[HEX_BYTES];
        String id;
        do {
            random.nextBytes(bytes);
            id = HexFormat.of().formatHex(bytes);
        } while (existing.contains(id));
        return id;
    }
}
