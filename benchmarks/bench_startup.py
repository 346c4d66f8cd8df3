"""Start-up: `crec-desktop screenshot` against bare_window.py, each as a whole process.

PERFORMANCE.md's target: the screenshot of the main window on the 5-year demo database within
3 × the bare Qt window's process (and its resident set within 3 ×). Both run with the offscreen
platform at 1600 × 900 and write a PNG; runs alternate (bare, app, bare, app, …) so that a noisy
machine disturbs both alike. Prints medians, peak RSS and the ratios.

    .venv/bin/python benchmarks/bench_startup.py [--runs 9] [--db URL] [--years 5]
                                                 [--python PATH ...] [--install]

Two ways of running the application are measured side by side, each against the bare window
run by the same interpreter from the same folder:

- this tree: `python -m crec_desktop` from the repository (the editable install: its finder
  and the source tree on sys.path cost some milliseconds that users do not pay);
- an installed copy, what users run: `--python PATH` names the interpreter of an environment
  where crec-desktop was installed with `pip install` (not editable), and `--install` makes one
  in a temporary folder first (`python -m venv` + `pip install .`, a minute or so). It runs
  from a temporary folder, so that nothing of the repository is on its path.

Without --db, a 5-year demo database is made once in a temporary folder (`crec-desktop demo`),
or an empty one if the demo is not available. The tree's bytecode is compiled first, as
`pip install` does: otherwise every run would also time the compiling of crec_desktop's sources
(PYTHONDONTWRITEBYTECODE=1 is common in containers).

Also printed, for reading the figures: the same process importing only the libraries the app
stands on (SQLAlchemy Core, the tables of store.schema, Qt widgets), and nothing else; and the
load average.
"""
from __future__ import annotations

import argparse
import dataclasses
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
HERE = pathlib.Path(__file__).resolve().parent
TARGET = 3.0
SIZE = "1600x900"
# The app starts without cyclic GC (app._startup_without_gc): so does this floor.
LIBRARIES = "import gc; gc.disable(); import sqlalchemy, crec_desktop.store.schema, PySide6.QtWidgets"


@dataclasses.dataclass
class Target:
    """One way of running the application: an interpreter and the folder it runs from."""

    label: str
    python: str
    cwd: pathlib.Path
    results: dict[str, list[tuple[float, float, float]]] = dataclasses.field(
        default_factory=lambda: {"bare": [], "app": [], "libraries": []})

    def commands(self, folder: pathlib.Path, url: str, tag: str) -> dict[str, list[str]]:
        return {
            "bare": [self.python, str(HERE / "bare_window.py"), str(folder / f"bare-{tag}.png"), SIZE],
            "app": [self.python, "-m", "crec_desktop", "--db", url, "screenshot", "-o", str(folder / f"app-{tag}.png"),
                    "--size", SIZE],
            "libraries": [self.python, "-c", LIBRARIES],
        }


def run(argv: list[str], env: dict, cwd: pathlib.Path) -> tuple[float, float, float]:
    """Wall time (s), peak resident set (MiB) and CPU time (s) of one whole process."""
    started = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    stderr = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(argv)} failed:\n{stderr}")
    return elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime  # ru_maxrss: KiB on Linux


def make_database(folder: pathlib.Path, years: int, env: dict) -> tuple[str, str]:
    url = f"sqlite:///{folder / 'startup.sqlite3'}"
    try:
        import crec_desktop.store.demo  # noqa: F401, PLC0415
    except ImportError:
        subprocess.run([sys.executable, "-m", "crec_desktop", "--db", url, "db", "upgrade"], env=env, cwd=ROOT,
                       check=True, stdout=subprocess.DEVNULL)
        return url, "empty database (store.demo not available)"
    subprocess.run([sys.executable, "-m", "crec_desktop", "--db", url, "demo", "--years", str(years)], env=env,
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return url, f"{years}-year demo database"


def install_copy(folder: pathlib.Path) -> str:
    """A fresh environment with crec-desktop installed from this tree (not editable)."""
    venv = folder / "venv"
    print(f"installing crec-desktop into {venv} (pip install {ROOT}) …", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", str(ROOT)], check=True, cwd=folder)
    return str(python)


def package_location(python: str, env: dict, cwd: pathlib.Path) -> str:
    found = subprocess.run([python, "-c", "import crec_desktop; print(crec_desktop.__file__)"], env=env, cwd=cwd,
                           capture_output=True, text=True)
    if found.returncode != 0:
        sys.exit(f"{python} cannot import crec_desktop:\n{found.stderr}")
    return str(pathlib.Path(found.stdout.strip()).parent)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--db", help="database URL to open (default: a fresh demo database)")
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--python", action="append", default=[], metavar="PATH",
                        help="interpreter of an environment where crec-desktop is installed (not editable)")
    parser.add_argument("--install", action="store_true",
                        help="first install this tree into a temporary environment and measure that copy too")
    args = parser.parse_args()

    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "crec_desktop")], check=True)
    with tempfile.TemporaryDirectory(prefix="crec-bench-startup-") as tmp:
        folder = pathlib.Path(tmp)
        outside = folder / "cwd"               # where installed copies run: nothing of the repository here
        outside.mkdir()
        env = {k: v for k, v in os.environ.items() if k not in ("CREC_DATABASE_URL", "CREC_LANG", "DISPLAY")}
        env.update(QT_QPA_PLATFORM="offscreen", CREC_HOME=str(folder / "home"))
        targets = [Target("this tree (python -m crec_desktop from the repository)", sys.executable, ROOT)]
        pythons = list(args.python) + ([install_copy(folder)] if args.install else [])
        for python in pythons:
            location = package_location(python, env, outside)
            if pathlib.Path(location).resolve().is_relative_to(ROOT):
                print(f"warning: {python} imports crec_desktop from this tree ({location}): an editable install",
                      file=sys.stderr)
            targets.append(Target(f"installed: {python} (crec_desktop in {location}), run from a temporary folder",
                                  python, outside))
        if args.db:
            url, what = args.db, args.db
        else:
            url, what = make_database(folder, args.years, env)
        load_before = os.getloadavg()
        for n, target in enumerate(targets):
            commands = target.commands(folder, url, str(n))
            run(commands["bare"], env, target.cwd), run(commands["app"], env, target.cwd)  # warm the file cache
        for _ in range(args.runs):
            for n, target in enumerate(targets):
                for name, argv in target.commands(folder, url, str(n)).items():
                    target.results[name].append(run(argv, env, target.cwd))
        load_after = os.getloadavg()

    print(f"start-up, whole processes, {SIZE}, median of {args.runs} (on {what})")
    print(f"  load average {load_before[0]:.2f} before, {load_after[0]:.2f} after")
    for target in targets:
        def median(name: str, index: int) -> float:
            return statistics.median(r[index] for r in target.results[name])  # noqa: B023

        bare_t, app_t, lib_t = median("bare", 0), median("app", 0), median("libraries", 0)
        bare_m, app_m, lib_m = median("bare", 1), median("app", 1), median("libraries", 1)
        bare_c, app_c, lib_c = median("bare", 2), median("app", 2), median("libraries", 2)
        print(f"\n  {target.label}")
        print(f"    {'':32} {'wall':>8} {'cpu':>8} {'rss':>8}")
        for label, t, c, m in (("bare_window.py", bare_t, bare_c, bare_m),
                               ("crec-desktop screenshot", app_t, app_c, app_m),
                               ("libraries alone (see below)", lib_t, lib_c, lib_m)):
            print(f"    {label:32} {t * 1000:5.0f} ms {c * 1000:5.0f} ms {m:4.0f} MiB")
        for label, ratio in (("time (wall)", app_t / bare_t), ("time (cpu)", app_c / bare_c),
                             ("memory", app_m / bare_m)):
            print(f"    ratio {label:12} {ratio:4.2f} x  (target <= {TARGET:g} x)  {'ok' if ratio <= TARGET else 'OVER'}")
        print(f"    libraries alone / bare: {lib_t / bare_t:4.2f} x wall, {lib_c / bare_c:4.2f} x cpu; "
              f"crec-desktop's own share: {(app_t - lib_t) * 1000:.0f} ms wall, {(app_c - lib_c) * 1000:.0f} ms cpu")
    print(f"\n  (libraries alone: python -c '{LIBRARIES}')")
    return 0


if __name__ == "__main__":
    sys.exit(main())
