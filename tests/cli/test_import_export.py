"""`crec-desktop import FILE`, `export FILE` and `backup -o FILE` (CLI.md, interchange/README.md).

Each interchange rule broken by a file of its own (tests/fixtures/interchange/rule*.json): exit 2,
the record's path named, in the user's language, and the database exactly as before.
"""
from __future__ import annotations

import json
import pathlib
import sqlite3

import pytest

from crec_desktop.store import interchange
from tests.cli.helpers import main, run_process

FIXTURES = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "interchange"
EXAMPLE = FIXTURES / "example.json"


@pytest.fixture
def loaded(db, crec_home, capsys):
    """A database holding example.json, imported through the command."""
    status, out, err = main(capsys, "--db", db.url, "import", str(EXAMPLE))
    assert status == 0, err
    assert out.strip() == "Importé : 16 ajouts, 1 mises à jour."
    return db


# (file, path named, French words, English words)
BROKEN = [
    ("rule1-booking-specialist", "bookings[0].specialist", "spécialiste inconnu : « inconnu »", "unknown specialist"),
    ("rule1-booking-engagement", "bookings[0].engagement", "mandat inconnu : « T-999 »", "unknown engagement"),
    ("rule1-engagement-member", "engagements[0].member", "membre inconnu", "unknown member"),
    ("rule1-engagement-domain", "engagements[0].domain", "domaine inconnu", "unknown domain"),
    ("rule1-engagement-lead", "engagements[0].lead", "spécialiste inconnu", "unknown specialist"),
    ("rule1-absence-specialist", "absences[0].specialist", "spécialiste inconnu", "unknown specialist"),
    ("rule1-specialist-domain", "specialists[0].domains[0]", "domaine inconnu", "unknown domain"),
    ("rule2-booking-end-before-start", "bookings[0].end", "la réservation se termine avant de commencer",
     "the booking ends before it starts"),
    ("rule2-booking-over-24-hours", "bookings[0].end", "plus de 24 heures", "more than 24 hours"),
    ("rule2-booking-seconds", "bookings[0].start", "minute entière", "whole minute"),
    ("rule2-absence-dates", "absences[0].end", "l'absence se termine avant de commencer", "the absence ends before"),
    ("rule2-engagement-dates", "engagements[0].end_date", "le mandat se termine avant de commencer",
     "the engagement ends before"),
    ("rule3-overlap-in-file", "bookings[1].start", "chevauche bookings[0]", "overlaps bookings[0]"),
    ("rule3-overlap-series", "bookings[3].start", "chevauche bookings[1]", "overlaps bookings[1]"),
    ("rule3-overlap-database", "bookings[3].start", "déjà enregistrée (2 décembre 2026, de 9\u00a0h à 12\u00a0h\u00a030)",
     "already recorded (December 2, 2026"),
    ("rule4-unbounded", "bookings[0].rrule", "COUNT ou UNTIL", "COUNT or UNTIL"),
    ("rule4-too-many", "bookings[0].rrule", "plus de 500 occurrences", "more than 500 occurrences"),
    ("rule4-dtstart", "bookings[0].rrule", "DTSTART", "DTSTART"),
    ("rule4-exdate", "bookings[0].exdates[0]", "n'est pas une occurrence", "is not an occurrence"),
    ("rule5-duplicate-key", "specialists[1].key", "« tlemieux » est déjà utilisé par specialists[0]",
     "already used by specialists[0]"),
    ("rule5-duplicate-number", "engagements[1].number", "« T-001 » est déjà utilisé par engagements[0]",
     "already used by engagements[0]"),
    ("rule5-duplicate-id", "bookings[1].id", "« essai-1 » est déjà utilisé par bookings[0]",
     "already used by bookings[0]"),
    ("schema-missing-field", "bookings[0].end", "champ obligatoire manquant", "required field missing"),
    ("schema-unknown-field", "bookings[0].colour", "champ inconnu", "unknown field"),
    ("schema-bad-money", "specialists[0].hourly_rate", "montant invalide", "invalid amount"),
]


@pytest.mark.parametrize("name, path, french, english", BROKEN, ids=[b[0] for b in BROKEN])
def test_each_broken_rule_exits_2_names_the_path_and_changes_nothing(loaded, capsys, tmp_path, name, path, french,
                                                                      english):
    db = loaded
    before = interchange.export_text(db)
    status, out, err = main(capsys, "--db", db.url, "import", str(FIXTURES / f"{name}.json"))
    assert status == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err  # one rule broken, one line: the file is otherwise valid
    assert lines[0].startswith(f"{path}: ") and french in lines[0], lines[0]
    assert "Traceback" not in err
    assert interchange.export_text(db) == before
    status, _, err = main(capsys, "--db", db.url, "--lang", "en", "import", str(FIXTURES / f"{name}.json"))
    assert status == 2 and err.startswith(f"{path}: ") and english in err, err
    assert interchange.export_text(db) == before


def test_the_fixtures_break_nothing_else(loaded, capsys):
    """valid-base.json (the files above minus their one fault) imports: back-to-back and
    tentative bookings are fine."""
    status, out, err = main(capsys, "--db", loaded.url, "import", str(FIXTURES / "valid-base.json"))
    assert status == 0, err
    assert out.strip() == "Importé : 7 ajouts, 0 mises à jour."
    assert {p.stem for p in FIXTURES.glob("rule*.json")} | {p.stem for p in FIXTURES.glob("schema-*.json")} == \
        {b[0] for b in BROKEN}


def test_many_errors_are_all_listed(loaded, capsys, tmp_path):
    doc = json.loads((FIXTURES / "valid-base.json").read_text(encoding="utf-8"))
    for booking in doc["bookings"]:
        booking["specialist"] = "personne"
    doc["absences"][0]["end"] = "2000-01-01"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    status, _, err = main(capsys, "--db", loaded.url, "--lang", "en", "import", str(bad))
    assert status == 2
    assert err.strip().splitlines() == [
        'bookings[0].specialist: unknown specialist: "personne"',
        'bookings[1].specialist: unknown specialist: "personne"',
        'bookings[2].specialist: unknown specialist: "personne"',
        "absences[0].end: the absence ends before it starts",
    ]


def test_export_import_export_is_byte_identical(loaded, make_db, capsys, tmp_path):
    first, second = tmp_path / "one.json", tmp_path / "two.json"
    status, _, err = main(capsys, "--db", loaded.url, "export", str(first))
    assert status == 0 and str(first) in err
    other = make_db()
    assert main(capsys, "--db", other.url, "import", str(first))[0] == 0
    assert main(capsys, "--db", other.url, "export", str(second))[0] == 0
    assert first.read_bytes() == second.read_bytes()
    assert not list(tmp_path.glob(".*.tmp"))
    exported = json.loads(first.read_text(encoding="utf-8"))
    source = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    assert {s["key"]: s["hourly_rate"] for s in exported["specialists"]} == \
        {s["key"]: s["hourly_rate"] for s in source["specialists"]}


def test_import_prints_counts_in_english(db, crec_home, capsys):
    status, out, _ = main(capsys, "--db", db.url, "--lang", "en", "import", str(EXAMPLE))
    assert status == 0 and out.strip() == "Imported: 16 added, 1 updated."
    status, out, _ = main(capsys, "--db", db.url, "--lang", "en", "import", str(EXAMPLE))
    assert status == 2  # the same bookings again, without ids: new bookings over the old ones


@pytest.mark.parametrize("content, french, english", [
    (None, "impossible de lire", "cannot read"),
    (b"not json", "n'est pas du JSON valide (ligne 1, colonne 1)", "is not valid JSON (line 1, column 1)"),
    (b'{"format": "autre"}', "n'est pas un fichier d'échange crec-desktop/1", "is not a crec-desktop/1 interchange file"),
    (b"\x89PNG\r\n", "n'est pas un fichier texte UTF-8", "is not a UTF-8 text file"),
])
def test_bad_files_exit_2_with_a_clear_message(db, crec_home, capsys, tmp_path, content, french, english):
    path = tmp_path / "input.json"
    if content is not None:
        path.write_bytes(content)
    before = interchange.export_text(db)
    status, _, err = main(capsys, "--db", db.url, "import", str(path))
    assert status == 2 and french in err and str(path) in err and "Traceback" not in err
    status, _, err = main(capsys, "--db", db.url, "--lang", "en", "import", str(path))
    assert status == 2 and english in err
    assert interchange.export_text(db) == before


def test_backup_is_a_consistent_complete_copy(loaded, backend, capsys, tmp_path):
    target = tmp_path / "copie.bak"
    status, out, err = main(capsys, "--db", loaded.url, "backup", "-o", str(target))
    assert status == 0, err
    assert str(target) in out
    assert not list(tmp_path.glob(".*.tmp"))
    if backend == "sqlite":
        con = sqlite3.connect(target)
        try:
            assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert con.execute("SELECT count(*) FROM booking").fetchone() == (5,)
        finally:
            con.close()
        status, _, _ = main(capsys, "--db", f"sqlite:///{target}", "export", str(tmp_path / "from-copy.json"))
        assert status == 0
        assert (tmp_path / "from-copy.json").read_text(encoding="utf-8") == interchange.export_text(loaded)
    else:
        assert target.read_text(encoding="utf-8") == interchange.export_text(loaded)


def test_backup_to_a_missing_folder_exits_2(loaded, capsys, tmp_path):
    status, _, err = main(capsys, "--db", loaded.url, "--lang", "en", "backup", "-o", str(tmp_path / "no" / "x.bak"))
    assert status == 2 and "cannot write the copy" in err


def test_import_through_a_real_process(db, crec_home, tmp_path):
    """The installed way: `python -m crec_desktop import`, stderr in English, exit status 2."""
    done = run_process("--db", db.url, "--lang", "en", "import", str(FIXTURES / "rule2-booking-end-before-start.json"))
    assert done.returncode == 2
    assert done.stderr.strip() == "bookings[0].end: the booking ends before it starts"
