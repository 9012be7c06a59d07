#!/usr/bin/python3
"""Answers revision-graph questions with the real Alembic, for agreement tests.

Reads one JSON document on stdin:
  {"revisions": [{"id", "parents", "branch_labels", "depends_on", "message"}, ...],
   "queries": [{"kind": ...}, ...]}
or several as {"cases": [<document>, ...]}, answered as {"cases": [{"results": [...]}, ...]}.
builds a throw-away Alembic script directory from it (one Python revision file per revision,
named so that Alembic loads them in the given order, and an env.py that runs offline against
SQLite), and prints {"results": [...]}, one answer per query, or {"error", "type"} for a query
that Alembic refuses.

Query kinds:
  heads                      ids: heads, real_heads, bases
  heads_text      [verbose, resolve_dependencies]   stdout of `alembic heads` (in -v output
                                                    files are $SCRIPT_LOCATION/versions/
                                                    r000003_<id>.py, numbered in input order)
  branches_text   [verbose]                         stdout of `alembic branches`
  history_text    [range, verbose]                  stdout of `alembic history`
  history         [range]                           revision ids, newest first
  resolve         id                                ids from get_revisions(id)
  upgrade         from (ids), target                steps and version-table SQL of
  downgrade       from (ids), target                `upgrade/downgrade from:target --sql`
  stamp           from (ids), targets               version-table SQL of `stamp --sql`

Run with /usr/bin/python3 (the system Python that has Alembic 1.8.1).
"""
import io
import json
import os
import re
import sys
import tempfile

from alembic import command
from alembic.config import Config
from alembic.runtime.environment import EnvironmentContext
from alembic.script import ScriptDirectory
from alembic.script.base import Script

ENV_PY = '''
from alembic import context

context.configure(url="sqlite://", literal_binds=True)
with context.begin_transaction():
    context.run_migrations()
'''

RUNNING = re.compile(r"^-- Running (upgrade|downgrade) (.*?) ?->(.*)$")
INSERT = re.compile(r"^INSERT INTO alembic_version \(version_num\) VALUES \('(\w+)'\);$")
UPDATE = re.compile(
    r"^UPDATE alembic_version SET version_num='(\w+)' "
    r"WHERE alembic_version.version_num = '(\w+)';$")
DELETE = re.compile(r"^DELETE FROM alembic_version WHERE alembic_version.version_num = '(\w+)';$")


def _sorted_listing(cls, scriptdir, path):
    # Alembic lists the versions folder in directory order; sorted names make the load order
    # the order of the input list, as the JVM side receives it.
    return sorted(os.listdir(path))


Script._list_py_dir = classmethod(_sorted_listing)


def write_revisions(versions, revisions):
    for index, rev in enumerate(revisions):
        parents = rev.get("parents") or []
        labels = rev.get("branch_labels") or []
        deps = rev.get("depends_on") or []
        down = "None" if not parents else repr(parents[0] if len(parents) == 1 else tuple(parents))
        body = [
            '"""%s\n"""' % (rev.get("message") or "").replace('"', "'"),
            "revision = %r" % rev["id"],
            "down_revision = %s" % down,
            "branch_labels = %s" % (repr(tuple(labels)) if labels else "None"),
            "depends_on = %s" % (repr(tuple(deps)) if deps else "None"),
            "",
            "def upgrade():",
            "    pass",
            "",
            "def downgrade():",
            "    pass",
            "",
        ]
        name = "r%06d_%s.py" % (index, rev["id"])
        with open(os.path.join(versions, name), "w") as f:
            f.write("\n".join(body))


def make_config(location, stdout=None, output_buffer=None):
    cfg = Config(stdout=stdout or io.StringIO(), output_buffer=output_buffer)
    cfg.set_main_option("script_location", location)
    return cfg


def placeholder(text, location):
    """Verbose output names each file; the temp folder becomes a fixed $SCRIPT_LOCATION."""
    return text.replace(location, "$SCRIPT_LOCATION")


def parse_sql(text):
    """Steps (Running lines) and the version-table statements after each."""
    steps, loose = [], []
    for line in text.splitlines():
        line = line.strip()
        m = RUNNING.match(line)
        if m:
            steps.append({"direction": m.group(1), "from": m.group(2).strip(),
                          "to": m.group(3).strip(), "changes": []})
            continue
        change = None
        m = INSERT.match(line)
        if m:
            change = ["insert", m.group(1)]
        m = UPDATE.match(line)
        if m:
            change = ["update", m.group(2), m.group(1)]
        m = DELETE.match(line)
        if m:
            change = ["delete", m.group(1)]
        if change:
            (steps[-1]["changes"] if steps else loose).append(change)
    return steps, loose


def run_offline(script, location, fn_for, starting, destination):
    buf = io.StringIO()
    cfg = make_config(location, output_buffer=buf)
    revisions = []

    def fn(rev, context):
        steps = fn_for(script, rev)
        revisions.extend(
            {"revision": getattr(s, "revision", None) and s.revision.revision,
             "direction": "upgrade" if s.is_upgrade else "downgrade"} for s in steps)
        return steps

    with EnvironmentContext(cfg, script, fn=fn, as_sql=True,
                            starting_rev=list(starting) if starting else None,
                            destination_rev=destination):
        script.run_env()
    steps, loose = parse_sql(buf.getvalue())
    for step, rev in zip(steps, revisions):
        step["revision"] = rev["revision"]
    return {"steps": steps, "changes": loose, "sql": buf.getvalue()}


def answer(script, location, q):
    kind = q["kind"]
    out = io.StringIO()
    cfg = make_config(location, stdout=out)
    rmap = script.revision_map
    if kind == "heads":
        return {"heads": list(rmap.heads), "real_heads": list(rmap._real_heads),
                "bases": list(rmap.bases)}
    if kind == "heads_text":
        command.heads(cfg, verbose=q.get("verbose", False),
                      resolve_dependencies=q.get("resolve_dependencies", False))
        return {"text": placeholder(out.getvalue(), location)}
    if kind == "branches_text":
        command.branches(cfg, verbose=q.get("verbose", False))
        return {"text": placeholder(out.getvalue(), location)}
    if kind == "history_text":
        command.history(cfg, q.get("range"), verbose=q.get("verbose", False))
        return {"text": placeholder(out.getvalue(), location)}
    if kind == "history":
        base, head = "base", "heads"
        if q.get("range") is not None:
            base, head = q["range"].split(":")
        return {"ids": [s.revision for s in script.walk_revisions(base or "base", head or "heads")]}
    if kind == "labels":
        return {"labels": {r.revision: sorted(r.branch_labels) for r in script.walk_revisions()}}
    if kind == "resolve":
        return {"ids": [r.revision if r is not None and not isinstance(r, str) else r
                        for r in script.get_revisions(q["id"])]}
    if kind == "upgrade":
        return run_offline(script, location, lambda s, rev: s._upgrade_revs(q["target"], rev),
                           q.get("from") or [], q["target"])
    if kind == "downgrade":
        return run_offline(script, location, lambda s, rev: s._downgrade_revs(q["target"], rev),
                           q.get("from") or [], q["target"])
    if kind == "stamp":
        targets = tuple(q["targets"])
        return run_offline(script, location, lambda s, rev: s._stamp_revs(targets, rev),
                           q.get("from") or [], targets)
    raise ValueError("unknown query kind %r" % kind)


def main():
    doc = json.load(sys.stdin)
    if "cases" in doc:
        # several graphs in one run: Python and Alembic start once
        answer_doc = {"cases": [{"results": answer_case(case)} for case in doc["cases"]]}
    else:
        answer_doc = {"results": answer_case(doc)}
    json.dump(answer_doc, sys.stdout, indent=1)
    sys.stdout.write("\n")


def answer_case(doc):
    with tempfile.TemporaryDirectory(prefix="alembic_oracle_") as location:
        versions = os.path.join(location, "versions")
        os.makedirs(versions)
        with open(os.path.join(location, "env.py"), "w") as f:
            f.write(ENV_PY)
        write_revisions(versions, doc["revisions"])
        # one script directory for all queries: loading the files dominates the run time
        script = ScriptDirectory.from_config(make_config(location))
        results = []
        for q in doc.get("queries", []):
            try:
                results.append(answer(script, location, q))
            except Exception as e:  # an Alembic refusal is an answer too
                results.append({"error": str(e), "type": type(e).__name__})
        return results


if __name__ == "__main__":
    main()
