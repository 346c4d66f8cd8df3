"""The one place that knows where resources/ is: installed, editable, or PyInstaller-frozen."""
from __future__ import annotations

import functools
import pathlib
import sys


@functools.cache
def resources_dir() -> pathlib.Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:  # PyInstaller puts data files under the bundle's temporary folder
        return pathlib.Path(frozen) / "crec_desktop" / "resources"
    try:
        import crec_desktop.resources as package
        return pathlib.Path(package.__file__).resolve().parent
    except ImportError:  # running from a source checkout without installing
        return pathlib.Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> pathlib.Path:
    """Path of a file under resources/, e.g. resource("fonts", "DejaVuSans.ttf")."""
    return resources_dir().joinpath(*parts)
