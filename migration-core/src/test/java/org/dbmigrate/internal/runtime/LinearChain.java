package org.dbmigrate.internal.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dbmigrate.graph.Direction;
import org.dbmigrate.graph.Plan;
import org.dbmigrate.graph.Revision;
import org.dbmigrate.graph.Step;
import org.dbmigrate.graph.VersionChange;
import org.dbmigrate.internal.script.RevisionScript;
import org.dbmigrate.internal.script.Section;
import org.dbmigrate.internal.script.SqlStatement;

/**
 * Hand-made revisions 001, 002, ... in a line, with their plans, so the runtime is tested without
 * the graph and the file parser. Statement i of a section sits on line 10 + i of its "file".
 */
final class LinearChain implements RevisionScripts {

    private final Map<String, RevisionScript> scripts = new LinkedHashMap<>();
    private final List<String> ids = new ArrayList<>();

    LinearChain add(String id, List<String> upgrade, List<String> downgrade) {
        return add(id, section(upgrade, true), downgrade);
    }

    LinearChain addNoTransaction(String id, List<String> upgrade, List<String> downgrade) {
        return add(id, section(upgrade, false), downgrade);
    }

    private LinearChain add(String id, Section upgrade, List<String> downgrade) {
        List<String> parents = ids.isEmpty() ? List.of() : List.of(ids.get(ids.size() - 1));
        Revision revision = new Revision(id, parents, Set.of(), List.of(), "Revision " + id);
        scripts.put(id, new RevisionScript(revision, Path.of("versions", id + "_r.sql"), "", upgrade,
                Optional.of(section(downgrade, true)), "sum-" + id));
        ids.add(id);
        return this;
    }

    private static Section section(List<String> sqls, boolean transactional) {
        List<SqlStatement> statements = new ArrayList<>();
        for (int i = 0; i < sqls.size(); i++) {
            statements.add(new SqlStatement(sqls.get(i), 10 + i));
        }
        return new Section(statements, transactional);
    }

    @Override
    public RevisionScript script(String id) {
        return scripts.get(id);
    }

    /** From the version after {@code from} (null: base) up to {@code to}. */
    Plan upgrade(String from, String to) {
        List<Step> steps = new ArrayList<>();
        int start = from == null ? 0 : ids.indexOf(from) + 1;
        for (int i = start; i <= ids.indexOf(to); i++) {
            String id = ids.get(i);
            VersionChange change = i == 0 ? new VersionChange.Insert(id) : new VersionChange.Update(ids.get(i - 1), id);
            steps.add(new Step(scripts.get(id).revision(), Direction.UPGRADE, List.of(change), Set.of(id)));
        }
        return new Plan(from == null ? Set.of() : Set.of(from), steps, Set.of(to));
    }

    /** From {@code from} down to {@code to} (null: base). */
    Plan downgrade(String from, String to) {
        List<Step> steps = new ArrayList<>();
        int end = to == null ? 0 : ids.indexOf(to) + 1;
        for (int i = ids.indexOf(from); i >= end; i--) {
            String id = ids.get(i);
            VersionChange change = i == 0 ? new VersionChange.Delete(id) : new VersionChange.Update(id, ids.get(i - 1));
            steps.add(new Step(scripts.get(id).revision(), Direction.DOWNGRADE, List.of(change),
                    i == 0 ? Set.of() : Set.of(ids.get(i - 1))));
        }
        return new Plan(Set.of(from), steps, to == null ? Set.of() : Set.of(to));
    }
}
