"""`pip install .` (not only an editable install) must give the whole application: every module of
crec_desktop/, its data files and resources/ with the built translations.

The rest of the suite imports crec_desktop from the source tree, so a package left out of
pyproject.toml's list would pass every other test and still break the installed application (the
README's first command). In an editable install (a developer's .venv) the installed files are the
tree itself; there, the check reads what a regular install would ship: pyproject.toml's packages.
"""
from __future__ import annotations

import importlib.metadata
import json
import pathlib
import sysconfig
import tomllib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "crec_desktop"
SHIPPED_SUFFIXES = {".py", ".json", ".mako"}


def _distribution():
    # Looked up in site-packages only: the build leaves crec_desktop.egg-info in the tree, on sys.path.
    found = list(importlib.metadata.distributions(name="crec-desktop", path=[sysconfig.get_paths()["purelib"]]))
    if not found:
        pytest.fail("crec-desktop is not installed: run ./crec.sh setup --test (pip install '.[test]')")
    return found[0]


def _editable(dist) -> bool:
    text = dist.read_text("direct_url.json")
    return bool(text) and json.loads(text).get("dir_info", {}).get("editable", False)


def _tree_files() -> set[str]:
    """What an install must hold, as paths inside site-packages."""
    wanted = {f"crec_desktop/{p.relative_to(PACKAGE).as_posix()}" for p in PACKAGE.rglob("*")
              if p.suffix in SHIPPED_SUFFIXES and "__pycache__" not in p.parts}
    resources = ROOT / "resources"
    for p in resources.rglob("*"):
        if p.is_file() and "__pycache__" not in p.parts and p.suffix not in {".pyc", ".qm"}:
            wanted.add(f"crec_desktop/resources/{p.relative_to(resources).as_posix()}")
        if p.suffix == ".ts":  # the build compiles each Linguist source into a .qm beside it
            wanted.add(f"crec_desktop/resources/{p.relative_to(resources).with_suffix('.qm').as_posix()}")
    return wanted


def test_every_package_of_the_tree_is_shipped():
    # every folder of Python files, with or without __init__.py (a namespace package ships only if listed)
    packages = {p.parent.relative_to(ROOT).as_posix().replace("/", ".") for p in PACKAGE.rglob("*.py")
                if "__pycache__" not in p.parts}
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = config.get("packages")
    if not isinstance(listed, list):
        pytest.skip("pyproject.toml finds its packages itself (packages.find)")
    missing = sorted(packages - set(listed))
    assert not missing, f"packages missing from pyproject.toml [tool.setuptools] packages: {missing}"


def test_the_installed_copy_holds_every_module_and_resource():
    dist = _distribution()
    if _editable(dist):
        pytest.skip("editable install: the installed files are the source tree (see the test above)")
    installed = {f.as_posix() for f in dist.files or ()}
    missing = sorted(_tree_files() - installed)
    assert not missing, (f"not in the installed crec-desktop ({len(missing)}; if the tree is newer than the "
                         f"install, run ./crec.sh setup --test): {missing[:20]}")
