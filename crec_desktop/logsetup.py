"""Logging: a rotating file in the user log folder, and warnings on stderr for commands."""
from __future__ import annotations

import logging
import logging.handlers

from crec_desktop.config import Paths

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(paths: Paths, level: int = logging.INFO) -> logging.Logger:
    root = logging.getLogger("crec_desktop")
    root.setLevel(level)
    if any(getattr(h, "_crec", False) for h in root.handlers):
        return root
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            paths.log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:  # a read-only home must not stop the application: log to stderr instead
        handler = logging.StreamHandler()
        handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler._crec = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return root
