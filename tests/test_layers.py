"""The layers of DESIGN.md, checked on every module's imports (lazy ones inside functions too):
domain imports neither Qt nor SQLAlchemy nor the layers above it; store, services and letters
never import Qt; letters has no SQL; ui never imports SQLAlchemy, the store, the commands or the
start-up (it talks to services). An import only for type checking (under `if TYPE_CHECKING:`)
is not an import at run time and may name a lower layer's type."""
from __future__ import annotations

import ast
import pathlib

import pytest

PACKAGE = pathlib.Path(__file__).resolve().parent.parent / "crec_desktop"
QT = ("PySide6", "shiboken6")
FORBIDDEN = {
    "domain": QT + ("sqlalchemy", "alembic", "reportlab", "crec_desktop.store", "crec_desktop.services",
                    "crec_desktop.ui", "crec_desktop.letters"),
    "store": QT + ("crec_desktop.services", "crec_desktop.ui", "crec_desktop.letters"),
    "services": QT + ("crec_desktop.ui",),
    "letters": QT + ("sqlalchemy", "alembic", "crec_desktop.store", "crec_desktop.services", "crec_desktop.ui"),
    "ui": ("sqlalchemy", "alembic", "psycopg", "sqlite3", "crec_desktop.store", "crec_desktop.commands",
           "crec_desktop.app"),
}


def _type_checking_only(tree: ast.AST) -> set[int]:
    """ids of the nodes inside `if TYPE_CHECKING:` blocks (never run)."""
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            for child in node.body:
                inside.update(id(n) for n in ast.walk(child))
    return inside


def imported_names(path: pathlib.Path) -> list[tuple[int, str]]:
    """(line, module) of every import that runs: at the top, in functions, not type-only."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    skipped = _type_checking_only(tree)
    names = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            names += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append((node.lineno, node.module))
    return names


def test_the_layers_exist():
    assert all((PACKAGE / layer).is_dir() for layer in FORBIDDEN)


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_no_import_crosses_a_layer_the_wrong_way(layer):
    bad = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for line, name in imported_names(path):
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN[layer]):
                bad.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {name}")
    assert not bad, "\n".join(bad)


def test_the_ui_never_runs_sql_text():
    bad = []
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        for needle in ("session.execute", "text(\"SELECT", "text('SELECT", ".exec_driver_sql("):
            if needle in source:
                bad.append(f"{path.relative_to(PACKAGE.parent)}: {needle}")
    assert not bad, "\n".join(bad)


def test_the_check_sees_a_violation(tmp_path):
    """Guards the test itself: an import of Qt in a file is found, a type-only one is not."""
    sample = tmp_path / "m.py"
    sample.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from crec_desktop.store.db import D\n"
                      "def f():\n    from PySide6.QtCore import QObject\n    from crec_desktop.commands import g\n",
                      encoding="utf-8")
    names = imported_names(sample)
    assert (5, "PySide6.QtCore") in names and (6, "crec_desktop.commands") in names
    assert not any(name == "crec_desktop.store.db" for _, name in names)
