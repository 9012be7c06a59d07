package org.dbmigrate.operations;

/**
 * The class in a Java revision file. {@code downgrade} defaults to the inverses of
 * {@code upgrade}'s operations in reverse order; when one has no inverse (a drop without its
 * definition, raw SQL, inserted rows, data code) the downgrade fails before anything runs, naming
 * the operation: then write {@code downgrade} yourself.
 */
public interface Migration {

    void upgrade(Operations op) throws Exception;

    default void downgrade(Operations op) throws Exception {
        for (Operation inverse : Reversal.of(this)) {
            op.apply(inverse);
        }
    }

    /**
     * False runs this revision's upgrade and downgrade outside a transaction, each statement
     * committing on its own: what {@code -- migrate:no-transaction} does for a SQL revision, for
     * statements such as PostgreSQL's {@code CREATE INDEX CONCURRENTLY}.
     */
    default boolean transactional() {
        return true;
    }
}
