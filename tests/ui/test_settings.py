"""ui.settings: typed settings with defaults, in a file the tests choose."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from crec_desktop.config import Paths
from crec_desktop.ui.settings import Entry, Settings


def test_defaults_when_nothing_is_stored(settings):
    assert settings.view == "week"
    assert isinstance(settings.window_geometry, QByteArray) and settings.window_geometry.isEmpty()


def test_values_survive_a_new_store(settings, tmp_path):
    settings.view = "month"
    settings.window_geometry = QByteArray(b"\x01\x02geometry")
    settings.sync()
    again = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert again.view == "month"
    assert bytes(again.window_geometry) == b"\x01\x02geometry"


def test_a_value_outside_its_choices_reads_as_the_default(settings):
    settings.store.setValue("planning/view", "fortnight")
    assert settings.view == "week"


def test_entries_are_declared_once():
    assert set(Settings.entries()) == {"window_geometry", "window_state", "view"}


def test_conversions():
    flag = Entry("x/flag", False, bool)
    assert flag.convert("true") is True and flag.convert("false") is False and flag.convert(None) is False
    number = Entry("x/n", 3, int)
    assert number.convert("12") == 12 and number.convert("twelve") == 3


def test_open_puts_the_file_in_the_data_folder(tmp_path):
    paths = Paths(data_dir=tmp_path / "data", log_dir=tmp_path / "logs")
    settings = Settings.open(paths)
    settings.view = "month"
    settings.sync()
    assert (tmp_path / "data" / "settings.ini").exists()
    assert "month" in (tmp_path / "data" / "settings.ini").read_text()
