"""Qt Linguist translations: extract the strings of the interface, and build the .qm files.

    python tools/translations.py update   # pyside6-lupdate: crec_desktop/ -> resources/translations/*.ts
    python tools/translations.py build    # pyside6-lrelease: *.ts -> *.qm (run by setup.py and CI)

The .ts files are the sources, edited with Qt Linguist (or by hand as XML); the .qm files are
built from them and never committed.
"""
from __future__ import annotations

import pathlib
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
# The interface is written in French (the source language); English is its translation. French
# has a translation file too, holding only the plural forms (lupdate -pluralonly): Qt takes the
# singular and plural of a `self.tr("%n jour(s)", "", n)` from the translation of its language.
LANGUAGES = ("en", "fr")


def _tool(name: str) -> list[str]:
    """The PySide6 binary `name` (lrelease, lupdate), from the installed PySide6 package."""
    try:
        import PySide6  # noqa: PLC0415 - only needed when the tool runs
    except ImportError as exc:  # pragma: no cover - build environments always have it
        raise SystemExit(f"PySide6 is needed to build translations: {exc}")
    base = pathlib.Path(PySide6.__file__).parent
    for candidate in (base / name, base / "Qt" / "libexec" / name, base / f"{name}.exe"):
        if candidate.exists():
            return [str(candidate)]
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    raise SystemExit(f"cannot find the Qt tool {name} in {base}")


def sources() -> list[pathlib.Path]:
    # Only the Qt layer: elsewhere `tr(key, lang)` is the messages catalogue, not Qt's tr.
    return sorted(p for p in (ROOT / "crec_desktop" / "ui").rglob("*.py"))


def update() -> None:
    files = [str(p.relative_to(ROOT)) for p in sources()]
    for lang in LANGUAGES:
        ts = TS_DIR / f"crec_{lang}.ts"
        plural_only = ["-pluralonly"] if lang == "fr" else []
        subprocess.run(_tool("lupdate") + ["-no-obsolete", *plural_only, "-source-language", "fr_CA",
                                           "-target-language", f"{lang}_CA", *files, "-ts", str(ts)],
                       check=True, cwd=ROOT)


def build() -> list[pathlib.Path]:
    built = []
    for ts in sorted(TS_DIR.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run(_tool("lrelease") + ["-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "build"
    {"update": update, "build": build}[command]()
