#!/usr/bin/python3
"""Prints what Alembic 1.8.1 shows for a revision graph, for dbmigrate's output tests.

Reads one revision per stdin line, fields separated by "|":
  id|parents|labels|depends|header
(lists comma separated, the header's lines joined by a literal \n), writes each as an Alembic
revision module whose docstring is the header text, and prints, for each view ("heads",
"heads -v", "branches", "branches -v", "history", "history -v", "show <id>", and
"current <id>" for a database stamped with that one revision), a line "### <view>" followed by
Alembic's stdout for it. Files load in name order (Alembic's own listing order depends on the
file system), as dbmigrate loads them. Needs the Debian alembic package (/usr/bin/python3),
never the pyenv python3.
"""
import io
import os
import sys
import tempfile

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from alembic.script.base import Script


def _sorted_listing(cls, scriptdir, path):
    return sorted(os.listdir(path))


Script._list_py_dir = classmethod(_sorted_listing)


def current_text(script, row):
    """What `alembic current` prints for a version table holding only `row` (no database needed:
    the lines are cmd_format of get_all_current, as command.current prints them)."""
    return "".join(rev.cmd_format(False) + "\n" for rev in script.get_all_current((row,)))


def module_text(rev):
    def scalar_or_tuple(values):
        if not values:
            return "None"
        if len(values) == 1:
            return repr(values[0])
        return repr(tuple(values))

    doc = "\n".join(rev["header"]).replace('"""', '\\"\\"\\"')
    return (
        '"""%s\n"""\n' % doc
        + "revision = %r\n" % rev["id"]
        + "down_revision = %s\n" % scalar_or_tuple(rev.get("parents", []))
        + "branch_labels = %s\n" % scalar_or_tuple(rev.get("labels", []))
        + "depends_on = %s\n" % scalar_or_tuple(rev.get("depends", []))
        + "\n\ndef upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n"
    )


def main():
    revisions = []
    for line in sys.stdin.read().splitlines():
        if not line.strip():
            continue
        rid, parents, labels, depends, header = line.split("|", 4)

        def items(text):
            return [x.strip() for x in text.split(",") if x.strip()]

        revisions.append({"id": rid, "parents": items(parents), "labels": items(labels),
                          "depends": items(depends), "header": header.split("\\n")})
    with tempfile.TemporaryDirectory(prefix="alembic_views_") as location:
        versions = os.path.join(location, "versions")
        os.mkdir(versions)
        for rev in revisions:
            with open(os.path.join(versions, rev["id"] + "_r.py"), "w") as f:
                f.write(module_text(rev))

        def run(fn, *args, **kw):
            config = Config()
            config.set_main_option("script_location", location)
            out = io.StringIO()
            config.stdout = out
            fn(config, *args, **kw)
            return out.getvalue()

        views = {
            "heads": run(command.heads),
            "heads -v": run(command.heads, verbose=True),
            "branches": run(command.branches),
            "branches -v": run(command.branches, verbose=True),
            "history": run(command.history),
            "history -v": run(command.history, verbose=True),
        }
        config = Config()
        config.set_main_option("script_location", location)
        script = ScriptDirectory.from_config(config)
        for rev in revisions:
            views["show " + rev["id"]] = run(command.show, rev["id"])
            views["current " + rev["id"]] = current_text(script, rev["id"])
        for name, text in views.items():
            sys.stdout.write("### %s\n%s" % (name, text))


if __name__ == "__main__":
    main()
