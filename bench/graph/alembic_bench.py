#!/usr/bin/python3
"""Times Alembic 1.8.1 doing what GraphBenchmark times in the JVM, on the same graph.

usage: alembic_bench.py GRAPH.json RUNS BUDGET_SECONDS
GRAPH.json is a list of {"id", "parents", "branch_labels", "depends_on"}. Prints one JSON object:
{"runs": n, "build": [ms...], "heads": [...], "history": [...], "upgrade": [...]}.

The map is built from in-memory Revision objects (no revision files: loading Python modules is
not what is compared). The upgrade plan is Alembic's own _upgrade_revs work (iterate_revisions
with implicit_base, RevisionStep objects) followed by HeadMaintainer.update_to_step for every
step, with the SQL execution replaced by the bookkeeping of the heads set.
"""
import json
import sys
import time

from alembic.runtime.migration import HeadMaintainer, MigrationStep
from alembic.script.revision import Revision, RevisionMap


class RowsOnly(HeadMaintainer):
    """HeadMaintainer's decisions, without a database: keep the heads set only."""

    def __init__(self, heads):
        self.heads = set(heads)

    def _insert_version(self, version):
        assert version not in self.heads
        self.heads.add(version)

    def _delete_version(self, version):
        self.heads.remove(version)

    def _update_version(self, from_, to_):
        assert to_ not in self.heads
        self.heads.remove(from_)
        self.heads.add(to_)


class Rev(Revision):
    """Revision with a module-less stand-in so MigrationStep can take its upgrade()."""

    class module:
        @staticmethod
        def upgrade():
            pass

        @staticmethod
        def downgrade():
            pass


def load(path):
    with open(path) as f:
        data = json.load(f)

    def revisions():
        for r in data:
            parents = r.get("parents") or []
            down = None if not parents else (parents[0] if len(parents) == 1 else tuple(parents))
            yield Rev(r["id"], down, dependencies=tuple(r.get("depends_on") or ()) or None,
                      branch_labels=tuple(r.get("branch_labels") or ()) or None)
    return revisions


def one_run(generator):
    times = {}
    t = time.perf_counter()
    rmap = RevisionMap(generator)
    rmap._revision_map  # the map is built on first use
    times["build"] = time.perf_counter() - t

    t = time.perf_counter()
    heads = rmap.heads
    times["heads"] = time.perf_counter() - t

    t = time.perf_counter()
    history = list(rmap.iterate_revisions("heads", "base", inclusive=True,
                                          assert_relative_length=False))
    times["history"] = time.perf_counter() - t

    t = time.perf_counter()
    revs = list(rmap.iterate_revisions("heads", (), implicit_base=True))
    steps = [MigrationStep.upgrade_from_script(rmap, r) for r in reversed(revs)]
    rows = RowsOnly(())
    for step in steps:
        rows.update_to_step(step)
    times["upgrade"] = time.perf_counter() - t
    assert heads and len(history) == len(steps)
    return times


def main():
    path, runs, budget = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
    generator = load(path)
    out = {"build": [], "heads": [], "history": [], "upgrade": []}
    started = time.perf_counter()
    done = 0
    while done < runs and (done == 0 or time.perf_counter() - started < budget):
        for key, seconds in one_run(generator).items():
            out[key].append(seconds * 1000.0)
        done += 1
    out["runs"] = done
    json.dump(out, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
