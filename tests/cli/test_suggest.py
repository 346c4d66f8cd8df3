"""`crec-desktop suggest`: ranked specialists with reasons and slots, as text (Quebec formats) or
JSON; nobody fitting is a clear answer with exit status 0; bad input exits 2 in either language.

The command counts from the clock's current time (no slot in the past): frozen by the tests at
Wednesday 25 November 2026 (tests/conftest.py), so the bookings here are placed in the week of
7 December."""
from __future__ import annotations

import datetime as dt
import functools
import json

import pytest

from crec_desktop.domain.holidays import holidays_between
from crec_desktop.domain.timeutil import TZ, at_local, parse_instant
from crec_desktop.services import agenda
from crec_desktop.services import scheduling as S
from tests.cli.helpers import run_command

MONDAY = dt.date(2026, 12, 7)   # the Monday after next, seen from the tests' frozen clock
FRIDAY = MONDAY + dt.timedelta(days=4)


@pytest.fixture
def planned(planned, db):
    """The report sample, with Jean busy every morning and Sophie's Wednesday afternoon booked."""
    user, org = planned.org.user("chloe"), planned.org
    for offset in range(5):
        day = MONDAY + dt.timedelta(days=offset)
        S.create_booking(db, user, specialist_id=org.ids["jean"], start=at_local(day, dt.time(8, 30)),
                         end=at_local(day, dt.time(11, 15)), engagement_id=org.engagements["2026-002"])
    S.create_booking(db, user, specialist_id=org.ids["sophie"], start=at_local(MONDAY + dt.timedelta(days=2), dt.time(13)),
                     end=at_local(MONDAY + dt.timedelta(days=2), dt.time(16, 30)))
    return planned


run = functools.partial(run_command, "suggest")


def period(first=None, last=None):
    return ["--from", (first or MONDAY).isoformat(), "--to", (last or FRIDAY).isoformat()]


def test_json(planned, capsys):
    assert run(planned.db, "--member", "fcsdsq", "--domain", "hr", "--hours", "10", *period(), "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["specialist"] for r in rows] == ["sophie", "jean"]
    for r in rows:
        assert {"specialist", "score", "reasons", "free_hours", "slots"} <= set(r)
        assert r["score"] == sum(p["points"] for p in r["score_parts"])
        assert all(isinstance(text, str) and text for text in r["reasons"])
    sophie = rows[0]
    assert sophie["slot_hours"] == 10 and sum(s["hours"] for s in sophie["slots"]) == 10
    busy = [(i.start, i.end) for i in agenda.agenda(planned.db, MONDAY, FRIDAY, [planned.org.ids["sophie"]])
            if i.status == "confirmed"]
    for slot in sophie["slots"]:
        start, end = parse_instant(slot["start"]), parse_instant(slot["end"])
        assert slot["start"][-6:] in ("-05:00", "-04:00") and start.astimezone(TZ).date() >= MONDAY
        assert not any(b0 < end and start < b1 for b0, b1 in busy)
    working = [MONDAY + dt.timedelta(days=i) for i in range(5)]
    working = [d for d in working if d not in holidays_between(MONDAY, FRIDAY, "good_friday")]
    assert rows[1]["free_hours"] == 2.75 * len(working)   # afternoons of 2.75 h: every morning booked


def test_text_in_french_and_english(planned, capsys):
    assert run(planned.db, "--member", "fcsdsq", "--domain", "hr", "--hours", "3,5", *period()) == 0
    out = capsys.readouterr().out
    assert out.startswith("Qui pourrait faire 3,5\u00a0h en ressources humaines pour FCSDSQ, du ")
    assert "1. Sophie Tremblay — score " in out and "Créneaux proposés (3,5\u00a0h) :" in out
    assert "8\u00a0h\u00a030 – 12\u00a0h (3,5\u00a0h)" in out
    assert run(planned.db, "--member", "fcsdsq", "--domain", "hr", "--hours", "3.5", *period(), lang="en") == 0
    out = capsys.readouterr().out
    assert out.startswith("Who could do 3.5\u00a0h of Human resources for FCSDSQ, from ")
    assert "8:30\u00a0AM – 12:00\u00a0PM (3.5\u00a0h)" in out


def test_nobody_fits_exit_0(planned, capsys):
    assert run(planned.db, "--member", "fcsdsq", "--domain", "events", "--hours", "2", *period(), "--json") == 0
    assert json.loads(capsys.readouterr().out) == []
    assert run(planned.db, "--member", "fcsdsq", "--domain", "events", "--hours", "2", *period()) == 0
    assert "Personne ne peut être proposé" in capsys.readouterr().out
    saturday = MONDAY + dt.timedelta(days=5)
    assert run(planned.db, "--member", "fcsdsq", "--domain", "hr", "--hours", "2", *period(saturday, saturday),
               lang="en") == 0
    assert "Nobody can be suggested: no specialist of the domain" in capsys.readouterr().out


@pytest.mark.parametrize("args, fr, en", [
    (["--member", "zzz", "--domain", "hr", "--hours", "2"], "aucun membre n'a la clé « zzz »", 'no member has the key "zzz"'),
    (["--member", "fcsdsq", "--domain", "zz", "--hours", "2"], "domaine d'expertise inconnu : « zz »",
     'unknown domain of expertise: "zz"'),
    (["--member", "fcsdsq", "--domain", "hr", "--hours", "0"], "nombre d'heures invalide : « 0 »",
     'invalid number of hours: "0"'),
    (["--member", "fcsdsq", "--domain", "hr", "--hours", "-3"], "nombre d'heures invalide : « -3 »",
     'invalid number of hours: "-3"'),
    (["--member", "fcsdsq", "--domain", "hr", "--hours", "beaucoup"], "nombre d'heures invalide : « beaucoup »",
     'invalid number of hours: "beaucoup"'),
    (["--member", "fcsdsq", "--domain", "hr", "--hours", "nan"], "nombre d'heures invalide", "invalid number of hours"),
])
def test_bad_input_exit_2(planned, capsys, args, fr, en):
    assert run(planned.db, *args, *period()) == 2
    assert fr in capsys.readouterr().err
    assert run(planned.db, *args, *period(), lang="en") == 2
    assert en in capsys.readouterr().err


def test_bad_period_exit_2(planned, capsys):
    base = ["--member", "fcsdsq", "--domain", "hr", "--hours", "2"]
    assert run(planned.db, *base, "--from", "2026-02-30", "--to", "2026-03-02") == 2
    assert "date invalide : 2026-02-30" in capsys.readouterr().err
    assert run(planned.db, *base, *period(FRIDAY, MONDAY), lang="en") == 2
    assert "the period ends before it starts" in capsys.readouterr().err
