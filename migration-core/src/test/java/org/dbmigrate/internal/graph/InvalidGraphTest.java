package org.dbmigrate.internal.graph;

import org.dbmigrate.graph.RevisionGraphError;
import static org.dbmigrate.internal.graph.Revs.dependent;
import static org.dbmigrate.internal.graph.Revs.graph;
import static org.dbmigrate.internal.graph.Revs.labelled;
import static org.dbmigrate.internal.graph.Revs.rev;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.dbmigrate.error.MigrationError;
import org.junit.jupiter.api.Test;

/**
 * Graphs that cannot be built. Each error is one line, names the revisions, says what to fix, and
 * carries the ids so the script layer can name the files.
 */
class InvalidGraphTest {

    @Test
    void duplicateId() {
        DuplicateRevisionError e = assertThrows(DuplicateRevisionError.class,
                () -> graph(rev("001"), rev("002", "001"), rev("002", "001")));
        assertEquals("002", e.id());
        assertEquals("Revision 002 is declared more than once; give one of the files a new id", e.getMessage());
        assertEquals(List.of("002"), e.revisionIds());
    }

    @Test
    void missingParent() {
        MissingRevisionError e = assertThrows(MissingRevisionError.class, () -> graph(rev("001"), rev("003", "002")));
        assertEquals("003", e.revision());
        assertEquals("002", e.missing());
        assertFalse(e.dependency());
        assertEquals("Revision 003 revises 002, which does not exist; fix its Revises: line or restore revision 002",
                e.getMessage());
    }

    @Test
    void missingDependency() {
        MissingRevisionError e = assertThrows(MissingRevisionError.class,
                () -> graph(rev("001"), dependent("002", List.of("nosuch"), "001")));
        assertTrue(e.dependency());
        assertEquals("nosuch", e.missing());
        assertEquals("Revision 002 depends on 'nosuch', which is neither a revision nor a branch label; "
                + "fix its Depends On: line", e.getMessage());
    }

    @Test
    void revisionThatRevisesItself() {
        CycleError e = assertThrows(CycleError.class, () -> graph(rev("001"), rev("002", "002")));
        assertEquals(List.of("002"), e.cycle());
        assertEquals("Revision 002 revises itself; fix its Revises: line", e.getMessage());
    }

    @Test
    void revisionThatDependsOnItself() {
        CycleError e = assertThrows(CycleError.class, () -> graph(rev("001"), dependent("002", List.of("002"), "001")));
        assertTrue(e.dependency());
    }

    @Test
    void cycleNamesOnlyTheRevisionsOnIt() {
        // 001 is a fine base; 002 -> 003 -> 004 -> 002 is the loop; 005 merely sits above it
        CycleError e = assertThrows(CycleError.class,
                () -> graph(rev("001"), rev("002", "001", "004"), rev("003", "002"), rev("004", "003"), rev("005", "004")));
        assertEquals(3, e.cycle().size());
        assertEquals(List.of("002", "003", "004"), e.cycle().stream().sorted().toList());
        assertFalse(e.dependency());
        assertTrue(e.getMessage().startsWith("Cycle in revisions "), e.getMessage());
        assertTrue(e.getMessage().endsWith("; fix the Revises: line of one of them"), e.getMessage());
        assertFalse(e.getMessage().contains("005"), e.getMessage());
    }

    @Test
    void cycleWithoutAnyBase() {
        CycleError e = assertThrows(CycleError.class, () -> graph(rev("a", "b"), rev("b", "a")));
        assertEquals("Cycle in revisions a -> b -> a; fix the Revises: line of one of them", e.getMessage());
    }

    @Test
    void dependencyCycle() {
        CycleError e = assertThrows(CycleError.class,
                () -> graph(dependent("a", List.of("c")), rev("b", "a"), rev("c", "b")));
        assertTrue(e.dependency());
        assertTrue(e.getMessage().startsWith("Dependency cycle in revisions"), e.getMessage());
        assertTrue(e.getMessage().endsWith("fix the Depends On: line of one of them"), e.getMessage());
    }

    @Test
    void branchLabelUsedTwice() {
        DuplicateBranchLabelError e = assertThrows(DuplicateBranchLabelError.class,
                () -> graph(labelled("a", "shop"), labelled("b", "shop")));
        assertEquals("shop", e.label());
        assertEquals("b", e.revision());
        assertEquals("a", e.firstRevision());
        assertEquals("Branch label 'shop' of revision b is already used by revision a; choose another label",
                e.getMessage());
    }

    @Test
    void branchLabelThatIsARevisionId() {
        DuplicateBranchLabelError e = assertThrows(DuplicateBranchLabelError.class,
                () -> graph(rev("icehouse"), labelled("b", "icehouse", "icehouse")));
        assertEquals("Branch label 'icehouse' of revision b is the id of a revision; choose another label",
                e.getMessage());
    }

    @Test
    void everyGraphErrorIsAOneLineMigrationError() {
        List<Runnable> broken = List.of(
                () -> graph(rev("a"), rev("a")),
                () -> graph(rev("b", "zz")),
                () -> graph(rev("a", "b"), rev("b", "a")),
                () -> graph(labelled("a", "l"), labelled("b", "l")));
        for (Runnable r : broken) {
            RevisionGraphError e = assertThrows(RevisionGraphError.class, r::run);
            assertTrue(e instanceof MigrationError);
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertFalse(e.revisionIds().isEmpty());
        }
    }

    @Test
    void emptyGraphIsValid() {
        RevisionGraph g = RevisionGraph.of(List.of());
        assertEquals(List.of(), g.heads());
        assertTrue(g.upgrade(Set.of(), "head").isEmpty());
        assertTrue(g.resolve("heads", Set.of()).isEmpty());
        assertTrue(g.history(null, Set.of()).isEmpty());
    }
}
