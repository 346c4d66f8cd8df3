"""Writing the files the application makes (exports, letters, reports, calendars, pictures):
whole or not at all.

Below every layer that writes a file (store, services, ui, the commands), so each of them
writes the same way:

    write_bytes_atomically(path, data)   # UserError (in the user's words) if it cannot be written
"""
from __future__ import annotations

import pathlib

from crec_desktop.domain.causes import os_cause
from crec_desktop.domain.messages import UserError, define, msg

define({
    "files.cannot_write": ("impossible d'écrire {path} : {reason}", "cannot write {path}: {reason}"),
})


def write_bytes_atomically(path: pathlib.Path, data: bytes) -> None:
    """Write to a temporary file beside path, then rename: never a half-written file."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(msg("files.cannot_write", path=str(path), reason=os_cause(exc))) from None
