"""Fixtures for the window's tests: the application in a chosen language, temporary settings,
a main window on a test database.

The English translation (.qm) is built from the .ts once per session if it is missing or older
than its source, exactly as `python tools/translations.py build` does.
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import pathlib

import pytest
from PySide6.QtCore import QSettings

from crec_desktop.config import Paths
from crec_desktop.ui.application import create_application, set_language
from crec_desktop.ui.period import Period
from crec_desktop.ui.settings import Settings

ROOT = pathlib.Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "crec_en.ts"
QM = TS.with_suffix(".qm")


def build_translations() -> None:
    spec = importlib.util.spec_from_file_location("crec_translations_tool", ROOT / "tools" / "translations.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    tool.build()


@pytest.fixture(scope="session")
def translations_built() -> pathlib.Path:
    stale = [ts for ts in TS.parent.glob("*.ts")
             if not ts.with_suffix(".qm").exists() or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]
    if stale:
        build_translations()
    return QM


@pytest.fixture
def use_lang(qapp, translations_built):
    """Call use_lang('en') to set the application up in that language; French again afterwards."""
    def use(lang: str):
        return create_application(lang)

    yield use
    set_language(qapp, "fr")


@pytest.fixture
def paths(tmp_path) -> Paths:
    return Paths(data_dir=tmp_path / "data", log_dir=tmp_path / "logs")


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


SAMPLE_PERIOD = Period.containing(dt.date(2026, 11, 25), "week")  # the week of tests/ui/sample.py


@pytest.fixture
def make_window(qtbot, db, paths, use_lang):
    """make_window(lang='fr', user=None, settings=None, period=SAMPLE_PERIOD, database=db)."""
    from crec_desktop.ui.main_window import MainWindow

    def make(lang: str = "fr", *, user=None, settings=None, period=SAMPLE_PERIOD, database=None):
        use_lang(lang)
        window = MainWindow(database or db, lang=lang, paths=paths, user=user, settings=settings, period=period)
        qtbot.addWidget(window)
        return window

    return make
