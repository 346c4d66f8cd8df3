"""`crec-desktop screenshot`: the main window rendered to a PNG without a screen, at the size
asked; bad input refused with exit status 2 and a message, never a traceback."""
from __future__ import annotations

import os
import pathlib
import struct
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from crec_desktop import cli
from tests.cli.helpers import run_process
from tests.ui.sample import add_sample

ROOT = pathlib.Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "crec_en.ts"


@pytest.fixture(autouse=True)
def fresh(qapp):
    """The English translations built; French translators again after each in-process run."""
    qm = TS.with_suffix(".qm")
    if not qm.exists() or qm.stat().st_mtime < TS.stat().st_mtime:
        subprocess.run([sys.executable, str(ROOT / "tools" / "translations.py"), "build"], check=True)
    yield
    from crec_desktop.ui.application import set_language

    set_language(qapp, "fr")


def png_size(path: pathlib.Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def distinct_colours(path: pathlib.Path) -> int:
    image = QImage(str(path))
    assert not image.isNull(), "Qt cannot read the PNG back"
    step = 7
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})


def test_default_size_and_week(crec_home, db, tmp_path, capsys):
    add_sample(db)
    out = tmp_path / "week.png"
    assert cli.main(["--db", db.url, "screenshot", "-o", str(out), "--date", "2026-11-25"]) == 0
    assert png_size(out) == (1600, 900)
    assert distinct_colours(out) > 5  # something was drawn, not a blank image
    assert "Image enregistrée" in capsys.readouterr().err


@pytest.mark.parametrize("size", ["640x480", "1024x768", "100x100", "3000x1200"])
def test_the_requested_size(crec_home, db, tmp_path, size):
    out = tmp_path / f"{size}.png"
    assert cli.main(["--db", db.url, "screenshot", "-o", str(out), "--size", size]) == 0
    assert png_size(out) == tuple(int(v) for v in size.split("x"))


def test_month_view_in_english(crec_home, db, tmp_path, capsys):
    add_sample(db)
    out = tmp_path / "month-en.png"
    assert cli.main(["--lang", "en", "--db", db.url, "screenshot", "-o", str(out), "--view", "month",
                     "--date", "2026-11-02", "--size", "1280x720"]) == 0
    assert png_size(out) == (1280, 720)
    assert "Image saved" in capsys.readouterr().err


def test_french_and_english_images_differ(crec_home, db, tmp_path):
    fr, en = tmp_path / "fr.png", tmp_path / "en.png"
    common = ["screenshot", "--date", "2026-11-25", "--size", "800x600", "-o"]
    assert cli.main(["--db", db.url, *common, str(fr)]) == 0
    assert cli.main(["--lang", "en", "--db", db.url, *common, str(en)]) == 0
    assert QImage(str(fr)) != QImage(str(en))


@pytest.mark.parametrize(("args", "message"), [
    (["--date", "2026-13-45"], "date invalide : 2026-13-45"),
    (["--date", "demain"], "date invalide : demain"),
    (["--size", "big"], "taille invalide : big"),
    (["--size", "50x50"], "taille invalide : 50x50"),
    (["--size", "1600x"], "taille invalide : 1600x"),
])
def test_bad_input_is_refused_with_status_2(crec_home, db, tmp_path, capsys, args, message):
    out = tmp_path / "never.png"
    assert cli.main(["--db", db.url, "screenshot", "-o", str(out), *args]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not out.exists()


def test_an_unwritable_output_is_refused(crec_home, db, tmp_path, capsys):
    out = tmp_path / "no" / "such" / "folder" / "x.png"
    assert cli.main(["--lang", "en", "--db", db.url, "screenshot", "-o", str(out)]) == 2
    assert "cannot write" in capsys.readouterr().err
    assert not out.parent.exists()


def test_an_unreachable_database_is_refused(crec_home, tmp_path, capsys):
    out = tmp_path / "x.png"
    assert cli.main(["--db", "postgresql+psycopg://crec@127.0.0.1:1/none", "screenshot", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "impossible d'ouvrir la base de données" in err and "Traceback" not in err
    assert not out.exists()


def run_headless(*args: str) -> subprocess.CompletedProcess:
    """`python -m crec_desktop ARGS` in a process that has no display and no Qt platform set."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return run_process(*args, env=env)


def test_as_a_whole_process_without_any_display(crec_home, db, tmp_path):
    """No DISPLAY and no QT_QPA_PLATFORM: the command picks the offscreen platform itself."""
    out = tmp_path / "process.png"
    done = run_headless("--db", db.url, "screenshot", "-o", str(out), "--size", "900x500")
    assert done.returncode == 0, done.stderr
    assert png_size(out) == (900, 500)
    assert "Traceback" not in done.stderr


def test_bad_date_as_a_whole_process(crec_home, tmp_path):
    done = run_headless("--lang", "en", "screenshot", "-o", str(tmp_path / "x.png"), "--date", "2026-02-30")
    assert done.returncode == 2
    assert "invalid date: 2026-02-30" in done.stderr and "Traceback" not in done.stderr
