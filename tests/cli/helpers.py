"""Running the command line from the tests: in this process (exit status and captured output)
or in a process of its own, the way it is installed.

    status, out, err = main(capsys, "--lang", "en", "backup")   # argparse's exits included
    run = functools.partial(run_command, "ics")                 # run(db, "sophie", "-o", path, lang="en")
    done = run_process("--db", url, "letter", number, "-o", path)
"""
from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping

from crec_desktop import cli
from crec_desktop.domain.clock import Clock


def main(capsys, *args: str, clock: Clock | None = None) -> tuple[int, str, str]:
    """Run cli.main in this process (argparse's exits included), on `clock` (default the
    system's): (status, stdout, stderr)."""
    try:
        status = cli.main(list(args), clock=clock)
    except SystemExit as exc:
        status = exc.code
    out, err = capsys.readouterr()
    return status, out, err


def run_command(command: str, db, *args: str, lang: str | None = None) -> int:
    """`crec-desktop --db URL [--lang LANG] COMMAND ARGS` in this process, on the database's
    clock: its exit status."""
    return cli.main(["--db", db.url] + (["--lang", lang] if lang else []) + [command, *args], clock=db.clock)


def run_process(*args: str, env: Mapping[str, str] | None = None) -> subprocess.CompletedProcess:
    """`python -m crec_desktop ARGS` in its own process (text output captured)."""
    return subprocess.run([sys.executable, "-m", "crec_desktop", *args], capture_output=True, text=True,
                          env=env, timeout=120)
