"""What the interface remembers between sessions: declared once here, typed, with defaults.

    settings = Settings.open(paths)        # an INI file beside the database: settings.ini
    settings.view = "month"
    if settings.window_geometry: ...

Settings live in the user data folder (under CREC_HOME in tests), so a test never reads or
writes the real user's settings. A value that cannot be read as its type, or is not one of its
allowed choices, reads as the default.
"""
from __future__ import annotations

import pathlib
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from crec_desktop.config import Paths

T = TypeVar("T")
FILE_NAME = "settings.ini"


class Entry(Generic[T]):
    """One setting: its key in the file, its type, its default and, maybe, its allowed values."""

    def __init__(self, key: str, default: T, kind: type, choices: tuple[T, ...] | None = None):
        self.key = key
        self.default = default
        self.kind = kind
        self.choices = choices

    def convert(self, raw: Any) -> T:
        if raw is None:
            return self.default
        try:
            if self.kind is bool:
                value = raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1", "yes")
            elif self.kind is QByteArray:
                value = raw if isinstance(raw, QByteArray) else QByteArray(bytes(raw))
            else:
                value = self.kind(raw)
        except (TypeError, ValueError):
            return self.default
        if self.choices is not None and value not in self.choices:
            return self.default
        return value

    def __get__(self, obj: Settings | None, owner=None):
        if obj is None:
            return self
        return self.convert(obj.store.value(self.key))

    def __set__(self, obj: Settings, value: T) -> None:
        obj.store.setValue(self.key, value)


class Settings:
    """The typed view of one QSettings store."""

    window_geometry = Entry[QByteArray]("window/geometry", QByteArray(), QByteArray)
    window_state = Entry[QByteArray]("window/state", QByteArray(), QByteArray)
    view = Entry[str]("planning/view", "week", str, choices=("week", "month"))

    def __init__(self, store: QSettings):
        self.store = store

    @classmethod
    def open(cls, paths: Paths) -> Settings:
        return cls(QSettings(str(cls.file(paths)), QSettings.Format.IniFormat))

    @staticmethod
    def file(paths: Paths) -> pathlib.Path:
        return paths.data_dir / FILE_NAME

    @classmethod
    def entries(cls) -> dict[str, Entry]:
        return {name: value for name, value in vars(cls).items() if isinstance(value, Entry)}

    def sync(self) -> None:
        self.store.sync()
