"""Build hook: compile the Qt Linguist translations before the package data is collected.

Everything else about the package is declared in pyproject.toml. The .qm files are built
artefacts (never committed, never hand-edited): `python tools/translations.py build` makes
them by hand; this hook makes them for every `pip install`, editable or not.
"""
import importlib.util
import pathlib

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = pathlib.Path(__file__).resolve().parent


def _translations_tool():
    spec = importlib.util.spec_from_file_location("crec_translations", ROOT / "tools" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildPyWithTranslations(build_py):
    def run(self):
        _translations_tool().build()
        super().run()


setup(
    cmdclass={"build_py": BuildPyWithTranslations},
)
