"""What each records list remembers between sessions: hidden columns, sort, filter.

A small typed wrapper over the main window's settings store (`ui.settings.Settings.store`, the
settings.ini beside the database), under `records/<list>/`; without a store nothing is kept. A
value that cannot be read reads as the default.
"""
from __future__ import annotations

from PySide6.QtCore import QSettings


class ListPrefs:
    def __init__(self, store: QSettings | None, name: str):
        self.store = store
        self.group = f"records/{name}"

    def _get(self, key: str):
        return None if self.store is None else self.store.value(f"{self.group}/{key}")

    def _set(self, key: str, value) -> None:
        if self.store is not None:
            self.store.setValue(f"{self.group}/{key}", value)

    def hidden_columns(self, default: set[str]) -> set[str]:
        raw = self._get("hidden")
        if raw is None:
            return set(default)
        if isinstance(raw, (list, tuple)):
            return {str(v) for v in raw if v}
        return {v for v in str(raw).split(",") if v}

    def set_hidden_columns(self, names: set[str]) -> None:
        # a marker keeps "nothing hidden" apart from "never chosen"
        self._set("hidden", ",".join(sorted(names)) or ",")

    def sort(self, default: tuple[str, bool]) -> tuple[str, bool]:
        """(column name, ascending)."""
        raw = self._get("sort")
        if not raw or ":" not in str(raw):
            return default
        name, _, order = str(raw).partition(":")
        return name, order != "desc"

    def set_sort(self, name: str, ascending: bool) -> None:
        self._set("sort", f"{name}:{'asc' if ascending else 'desc'}")

    def filter(self, default: str, choices: tuple[str, ...]) -> str:
        raw = self._get("filter")
        return str(raw) if raw is not None and str(raw) in choices else default

    def set_filter(self, value: str) -> None:
        self._set("filter", value)

    def sync(self) -> None:
        if self.store is not None:
            self.store.sync()
