"""Paths and start-up settings: where the database, the logs and the backups live.

Nothing here touches the disk at import time; `Paths.default()` only computes locations and
`Paths.ensure()` creates them when a command needs them. Tests pass their own `Paths`.
"""
from __future__ import annotations

import dataclasses
import os
import pathlib

import platformdirs

from crec_desktop import APP_NAME, ORG_NAME

DATABASE_ENV = "CREC_DATABASE_URL"
LANG_ENV = "CREC_LANG"
LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"


@dataclasses.dataclass(frozen=True)
class Paths:
    data_dir: pathlib.Path
    log_dir: pathlib.Path

    @classmethod
    def default(cls) -> Paths:
        home = os.environ.get("CREC_HOME")  # one folder for everything (portable use, tests)
        if home:
            base = pathlib.Path(home)
            return cls(data_dir=base / "data", log_dir=base / "logs")
        dirs = platformdirs.PlatformDirs(APP_NAME, ORG_NAME)
        return cls(data_dir=pathlib.Path(dirs.user_data_dir), log_dir=pathlib.Path(dirs.user_log_dir))

    @property
    def database_file(self) -> pathlib.Path:
        return self.data_dir / "crec.sqlite3"

    @property
    def log_file(self) -> pathlib.Path:
        return self.log_dir / "crec-desktop.log"

    @property
    def backup_dir(self) -> pathlib.Path:
        return self.data_dir / "backups"

    def ensure(self) -> Paths:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.log_dir.mkdir(parents=True, exist_ok=True)
        return self


def database_url(cli_value: str | None, paths: Paths) -> str:
    """--db, else $CREC_DATABASE_URL, else the SQLite file in the user data folder."""
    if cli_value:
        return cli_value
    env = os.environ.get(DATABASE_ENV)
    if env:
        return env
    return f"sqlite:///{paths.database_file}"


def language(cli_value: str | None) -> str:
    value = cli_value or os.environ.get(LANG_ENV) or DEFAULT_LANGUAGE
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def display_url(url: str) -> str:
    """The database URL as shown to users: the password hidden."""
    if "://" not in url or "@" not in url:
        return url
    scheme, rest = url.split("://", 1)
    creds, host = rest.rsplit("@", 1)
    user = creds.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}" if ":" in creds else url
