"""`crec-desktop ics KEY -o FILE.ics`: a calendar file any client reads, the same bytes for the
same data, an unknown key refused (exit 2, nothing written)."""
from __future__ import annotations

import functools

import icalendar

from tests.cli.helpers import run_command

run = functools.partial(run_command, "ics")


def test_writes_a_calendar(planned, tmp_path, capsys):
    out = tmp_path / "sophie.ics"
    assert run(planned.db, "sophie", "-o", str(out)) == 0
    assert "Agenda de sophie écrit dans" in capsys.readouterr().err
    data = out.read_bytes()
    cal = icalendar.Calendar.from_ical(data)
    uids = {str(e["UID"]) for e in cal.walk("VEVENT")}
    assert f"{planned.uids['weekly']}@crec-desktop" in uids and "holiday-20260101@crec-desktop" in uids
    again = tmp_path / "again.ics"
    assert run(planned.db, "sophie", "-o", str(again)) == 0
    assert again.read_bytes() == data
    bare = tmp_path / "bare.ics"
    assert run(planned.db, "sophie", "-o", str(bare), "--no-holidays", "--lang", "en") == 0
    assert b"holiday-" not in bare.read_bytes() and b"PRODID:-//CREC//crec-desktop//EN" in bare.read_bytes()


def test_unknown_key(planned, tmp_path, capsys):
    out = tmp_path / "x.ics"
    assert run(planned.db, "personne", "-o", str(out)) == 2
    assert "aucun spécialiste n'a la clé « personne »" in capsys.readouterr().err
    assert run(planned.db, "personne", "-o", str(out), lang="en") == 2
    assert 'no specialist has the key "personne"' in capsys.readouterr().err
    assert not out.exists()
