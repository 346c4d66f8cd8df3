"""`crec-desktop agenda`: occurrences of a period, repeating bookings expanded, conflicts flagged;
text in the user's language with Quebec formats, or JSON for scripts."""
from __future__ import annotations

import functools
import json

import pytest

from crec_desktop.domain.timeutil import local
from crec_desktop.services import scheduling as S
from tests.cli.helpers import run_command
from tests.services.conftest import build_org


@pytest.fixture
def planned(db, crec_home):
    org = build_org(db)
    user = org.user("chloe")
    S.create_booking(db, user, specialist_id=org.ids["sophie"], engagement_id=org.engagements["2026-001"],
                     start=local(2026, 10, 26, 9), end=local(2026, 10, 26, 12), rrule="FREQ=WEEKLY;COUNT=3")
    S.create_booking(db, user, specialist_id=org.ids["sophie"], start=local(2026, 11, 2, 11, 30),
                     end=local(2026, 11, 2, 13), status="tentative")
    S.create_booking(db, user, specialist_id=org.ids["jean"], start=local(2026, 11, 3, 13),
                     end=local(2026, 11, 3, 16, 30), location="Lévis")
    return org


run = functools.partial(run_command, "agenda")


def test_json_lists_occurrences_with_local_offsets_and_conflicts(planned, capsys):
    assert run(planned.db, "--from", "2026-10-26", "--to", "2026-11-08", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["specialist"], r["start"], r["end"], r["status"], r["conflict"]) for r in rows] == [
        ("sophie", "2026-10-26T09:00:00-04:00", "2026-10-26T12:00:00-04:00", "confirmed", False),
        ("sophie", "2026-11-02T09:00:00-05:00", "2026-11-02T12:00:00-05:00", "confirmed", True),
        ("sophie", "2026-11-02T11:30:00-05:00", "2026-11-02T13:00:00-05:00", "tentative", True),
        ("jean", "2026-11-03T13:00:00-05:00", "2026-11-03T16:30:00-05:00", "confirmed", False),
    ]
    assert rows[0]["engagement"] == "2026-001" and rows[0]["repeats"] is True
    assert rows[2]["engagement"] is None and rows[3]["location"] == "Lévis"


def test_specialist_filter(planned, capsys):
    assert run(planned.db, "--from", "2026-10-26", "--to", "2026-11-30", "--specialist", "jean", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["specialist"] for r in rows] == ["jean"]


def test_text_in_french_and_english(planned, capsys):
    assert run(planned.db, "--from", "2026-11-02", "--to", "2026-11-03") == 0
    out = capsys.readouterr().out
    assert "Lundi 2 novembre 2026" in out and "Mardi 3 novembre 2026" in out
    assert "9\u00a0h – 12\u00a0h" in out and "13\u00a0h – 16\u00a0h\u00a030" in out
    assert "Politique RH (FCSDSQ)" in out and "Travail interne" in out
    assert "provisoire  ⚠ CONFLIT" in out
    assert "3 réservations, 8\u00a0h au total." in out
    assert run(planned.db, "--from", "2026-11-02", "--to", "2026-11-03", lang="en") == 0
    out = capsys.readouterr().out
    assert "Monday, November 2, 2026" in out and "9:00\u00a0AM – 12:00\u00a0PM" in out
    assert "tentative  ⚠ CONFLICT" in out and "Internal work" in out


def test_empty_period(planned, capsys):
    assert run(planned.db, "--from", "2027-01-04", "--to", "2027-01-08") == 0
    assert capsys.readouterr().out.strip() == "Aucune réservation du 4 janvier 2027 au 8 janvier 2027."
    assert run(planned.db, "--from", "2027-01-04", "--to", "2027-01-08", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []


@pytest.mark.parametrize("args,expected", [
    (("--from", "2026-13-01", "--to", "2026-12-02"), "date invalide : 2026-13-01"),
    (("--from", "2026-12-02", "--to", "2026-12-01"), "la période se termine avant de commencer"),
    (("--from", "2026-12-01", "--to", "2026-12-02", "--specialist", "personne"), "spécialiste inconnu : « personne »"),
])
def test_bad_input_exits_2_with_a_message(planned, capsys, args, expected):
    assert run(planned.db, *args) == 2
    assert expected in capsys.readouterr().err
