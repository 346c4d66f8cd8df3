"""store.interchange: import (all or nothing, matching, bulk writes) and export (stable, byte-identical
round trip), on SQLite and on PostgreSQL."""
from __future__ import annotations

import datetime as dt
import json
import pathlib
import threading

import jsonschema
import pytest
from sqlalchemy import func, select, text

from crec_desktop.domain import rules
from crec_desktop.domain.messages import UserError
from crec_desktop.domain.timeutil import TZ, UTC, local
from crec_desktop.store import interchange, occurrences
from crec_desktop.store.models import AuditEntry, Booking, Occurrence, Specialist

FIXTURES = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "interchange"
EXAMPLE = FIXTURES / "example.json"


def example() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def load(db, doc, actor="tester"):
    return interchange.import_document(db, doc, actor=actor)


def count(db, model) -> int:
    with db.read() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


# --- round trip -----------------------------------------------------------------------------

def test_example_round_trips_byte_for_byte(db, make_db):
    summary = load(db, example())
    assert (summary.added, summary.updated) == (16, 1)  # the organisation row exists already
    first = interchange.export_text(db)
    other = make_db()
    interchange.import_file(other, _write(first, other), actor="tester")
    second = interchange.export_text(other)
    assert first == second
    ORACLE_OK(json.loads(first))
    assert rules.check_document(json.loads(first)).problems == []


def _write(content: str, db) -> pathlib.Path:
    import tempfile  # noqa: PLC0415

    path = pathlib.Path(tempfile.mkdtemp()) / "export.json"
    path.write_text(content, encoding="utf-8")
    return path


def ORACLE_OK(doc):  # noqa: N802
    jsonschema.Draft202012Validator(interchange.schema()).validate(doc)


def test_export_holds_every_field_of_the_example(db):
    source = example()
    load(db, source)
    exported = interchange.export_document(db)
    assert exported["organization"] == source["organization"]
    for section, key in (("specialists", "key"), ("members", "key"), ("engagements", "number")):
        by_key = {r[key]: r for r in exported[section]}
        for record in source[section]:
            assert by_key[record[key]] == record, section
    out = {(b["specialist"], b["start"]): b for b in exported["bookings"]}
    for record in source["bookings"]:
        got = dict(out[(record["specialist"], record["start"])])
        assert got.pop("id")
        assert got == {k: v for k, v in record.items() if v is not None}  # "engagement": null = internal time
    assert exported["absences"] == source["absences"]
    assert exported["closures"] == source["closures"]
    assert [d["code"] for d in exported["domains"]] == sorted(["hr", "government", "law", "ohs", "marketing",
                                                               "finance", "events"])


def test_export_layout_one_record_per_line(db):
    load(db, example())
    content = interchange.export_text(db)
    lines = content.splitlines()
    assert content.endswith("}\n") and lines[0] == "{" and lines[1] == '  "format": "crec-desktop/1",'
    assert [line.split(":")[0].strip() for line in lines if line.startswith('  "')] == [
        '"format"', '"organization"', '"domains"', '"specialists"', '"members"', '"engagements"', '"bookings"',
        '"absences"', '"closures"']
    booking_lines = [line for line in lines if '"specialist": "' in line and '"start": "20' in line and '"id"' in line]
    assert len(booking_lines) == 5
    assert json.loads(content) == interchange.export_document(db)
    assert "Lévis" in content  # UTF-8, not \u escapes


def test_export_order_is_stable(db):
    doc = example()
    doc["bookings"] = [
        {"id": "z", "specialist": "mlavoie", "start": "2027-02-01T09:00:00-05:00", "end": "2027-02-01T10:00:00-05:00"},
        {"id": "b", "specialist": "mlavoie", "start": "2027-02-01T09:00:00-05:00", "end": "2027-02-01T10:00:00-05:00",
         "status": "tentative"},
        {"id": "a", "specialist": "fcote", "start": "2027-02-01T09:00:00-05:00", "end": "2027-02-01T10:00:00-05:00"},
        {"id": "y", "specialist": "fcote", "start": "2027-01-31T09:00:00-05:00", "end": "2027-01-31T10:00:00-05:00"},
    ]
    doc["absences"] = [{"specialist": "mlavoie", "start": "2027-01-03", "end": "2027-01-04", "kind": "sick"},
                       {"specialist": "fcote", "start": "2027-01-05", "end": "2027-01-05", "kind": "sick"},
                       {"specialist": "fcote", "start": "2027-01-01", "end": "2027-01-02", "kind": "sick"}]
    load(db, doc)
    out = interchange.export_document(db)
    assert [b["id"] for b in out["bookings"]] == ["y", "a", "b", "z"]
    assert [(a["specialist"], a["start"]) for a in out["absences"]] == [
        ("fcote", "2027-01-01"), ("fcote", "2027-01-05"), ("mlavoie", "2027-01-03")]
    assert [s["key"] for s in out["specialists"]] == ["fcote", "jbouchard", "mlavoie"]


def test_decimal_rates_and_hours_survive_exactly(db, make_db):
    doc = example()
    doc["specialists"][0]["hourly_rate"] = "95.55"
    doc["specialists"][1]["hourly_rate"] = "0.10"
    doc["specialists"][2]["hourly_rate"] = "1234567.89"
    doc["engagements"][0]["hourly_rate"] = "95.5"     # written back as 95.50
    doc["engagements"][0]["budget_hours"] = 12.25
    doc["members"][0]["hour_bank"] = 0.5
    doc["specialists"][0]["weekly_hours"] = 37.5
    load(db, doc)
    out = interchange.export_document(db)
    rates = {s["key"]: s["hourly_rate"] for s in out["specialists"]}
    assert rates == {"mlavoie": "95.55", "fcote": "0.10", "jbouchard": "1234567.89"}
    eng = {e["number"]: e for e in out["engagements"]}["2026-014"]
    assert (eng["hourly_rate"], eng["budget_hours"]) == ("95.50", 12.25)
    assert {m["key"]: m["hour_bank"] for m in out["members"]}["fcsdq"] == 0.5
    assert {s["key"]: s["weekly_hours"] for s in out["specialists"]}["mlavoie"] == 37.5
    with db.read() as s:
        from decimal import Decimal  # noqa: PLC0415

        assert s.execute(select(Specialist.hourly_rate).where(Specialist.key == "fcote")).scalar_one() == Decimal("0.10")
    again = make_db()
    interchange.import_document(again, json.loads(interchange.export_text(db)), actor="t")
    assert interchange.export_text(again) == interchange.export_text(db)


def test_weekly_booking_across_march_change_stays_at_nine_local(db):
    doc = example()
    doc["bookings"] = [{"id": "weekly", "specialist": "mlavoie", "start": "2027-03-03T09:00:00-05:00",
                        "end": "2027-03-03T12:00:00-05:00", "status": "confirmed", "rrule": "FREQ=WEEKLY;COUNT=4"}]
    load(db, doc)
    with db.read() as s:
        rows = s.execute(select(Occurrence.start, Occurrence.end).order_by(Occurrence.start)).all()
        series_end = s.execute(select(Booking.series_end)).scalar_one()
    assert [(a.astimezone(TZ).strftime("%m-%d %H:%M"), b.astimezone(TZ).strftime("%H:%M")) for a, b in rows] == [
        ("03-03 09:00", "12:00"), ("03-10 09:00", "12:00"), ("03-17 09:00", "12:00"), ("03-24 09:00", "12:00")]
    assert rows[0][0].utcoffset() == dt.timedelta(0) and rows[0][0].hour == 14 and rows[2][0].hour == 13
    assert series_end == local(2027, 3, 24, 12)
    exported = interchange.export_document(db)["bookings"][0]
    assert exported["start"] == "2027-03-03T09:00:00-05:00" and exported["rrule"] == "FREQ=WEEKLY;COUNT=4"


def test_instants_are_stored_like_sqlalchemy_stores_them(db, backend):
    """The bulk path writes the very text (SQLite) SQLAlchemy would: range queries compare it."""
    doc = example()
    load(db, doc)
    with db.write() as s:
        spec = s.execute(select(Specialist).where(Specialist.key == "fcote")).scalar_one()
        start = local(2030, 1, 7, 9)
        b = Booking(uid="orm", specialist=spec, start=start, end=start + dt.timedelta(hours=1), status="tentative",
                    exdates=[start], rrule="FREQ=DAILY;COUNT=2")
        b.series_end = occurrences.series_end_of(b)
        s.add(b)
        s.flush()
        occurrences.replace_occurrences(s, [b.id])
    doc2 = {"format": "crec-desktop/1", "bookings": [
        {"id": "bulk", "specialist": "fcote", "start": "2030-01-07T09:00:00-05:00", "end": "2030-01-07T10:00:00-05:00",
         "status": "tentative", "rrule": "FREQ=DAILY;COUNT=2", "exdates": ["2030-01-07T09:00:00-05:00"]}]}
    load(db, doc2)
    with db.read() as s:
        raw = s.execute(text('SELECT uid, start, "end", exdates, series_end, updated_at FROM booking '
                             "WHERE uid IN ('orm', 'bulk') ORDER BY uid")).all()
        occ = s.execute(text('SELECT b.uid, o.start, o."end" FROM occurrence o JOIN booking b ON b.id = o.booking_id '
                             "WHERE b.uid IN ('orm', 'bulk') ORDER BY b.uid")).all()
    bulk_row, orm_row = raw
    assert bulk_row[1:5] == orm_row[1:5]
    assert [r[1:] for r in occ if r[0] == "bulk"] == [r[1:] for r in occ if r[0] == "orm"]
    if backend == "sqlite":
        assert isinstance(bulk_row[1], str) and bulk_row[1] == "2030-01-07 14:00:00.000000"
        assert isinstance(bulk_row[5], str) and len(bulk_row[5]) == len("2030-01-07 14:00:00.000000")


def _indexes(session) -> set:
    if session.get_bind().dialect.name == "sqlite":
        return set(session.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'index'")).all())
    return set(session.execute(text("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()")).all())


def test_a_large_import_leaves_the_indexes_as_they_were(db, backend):
    """The bulk path may build the booking and occurrence indexes after the rows (SQLite, empty
    tables): they come back identical, and the queries use them."""
    from crec_desktop.store import demo  # noqa: PLC0415

    with db.read() as s:
        before = _indexes(s)
    assert any("occurrence" in str(row) for row in before)
    doc = demo.build_demo_document(1, today=dt.date(2026, 11, 26))
    load(db, doc)
    with db.read() as s:
        assert _indexes(s) == before
        assert s.execute(select(func.count()).select_from(Occurrence)).scalar_one() > len(doc["bookings"]) > 5000
        if backend == "sqlite":
            plan = " ".join(str(r) for r in s.execute(text(
                "EXPLAIN QUERY PLAN SELECT * FROM occurrence WHERE start >= '2026-01-01' AND start < '2026-02-01'")))
            assert "ix_occurrence_start" in plan


def test_deferred_indexes_come_back_when_the_write_fails(db, backend):
    from crec_desktop.store import bulk  # noqa: PLC0415

    tables = (Booking.__table__, Occurrence.__table__)
    with db.read() as s:
        before = _indexes(s)
    with pytest.raises(ZeroDivisionError), db.write() as s:
        with bulk.indexes_deferred(s, tables, 100_000):
            if backend == "sqlite":  # dropped here (PostgreSQL: nothing done)
                assert not any(name == "ix_occurrence_start" for name, _ in _indexes(s))
            1 / 0  # noqa: B018
        pytest.fail("not reached")
    with db.write() as s:
        with pytest.raises(ZeroDivisionError), bulk.indexes_deferred(s, tables, 100_000):
            1 / 0  # noqa: B018
        assert _indexes(s) == before  # even for a caller that goes on and commits
    with db.read() as s:
        assert _indexes(s) == before
    with db.write() as s:
        with bulk.indexes_deferred(s, tables, 100):  # too few rows: nothing dropped
            assert _indexes(s) == before


# --- matching -------------------------------------------------------------------------------

def test_reimport_changes_nothing_and_says_so(db):
    load(db, example())
    before = interchange.export_text(db)
    summary = load(db, json.loads(before))
    assert (summary.added, summary.updated) == (0, 0) and summary.unchanged > 20
    assert interchange.export_text(db) == before


def test_matches_are_updated_others_added_nothing_deleted(db):
    load(db, example())
    exported = interchange.export_document(db)
    booking = next(b for b in exported["bookings"] if b["specialist"] == "fcote")
    doc = {"format": "crec-desktop/1",
           "organization": dict(exported["organization"], city="Québec"),
           "domains": [{"code": "hr", "name_fr": "Ressources humaines et relations de travail"},
                       {"code": "coop", "name_fr": "Coopération", "name_en": "Cooperation"}],
           "specialists": [dict(next(s for s in exported["specialists"] if s["key"] == "mlavoie"),
                                name="Marie-Ève Lavoie-Roy", domains=["coop", "hr"])],
           "bookings": [dict(booking, start="2027-01-06T13:00:00-05:00", end="2027-01-06T15:00:00-05:00",
                             exdates=["2027-01-20T13:00:00-05:00"])],
           "absences": [exported["absences"][0], dict(exported["absences"][0], kind="training")],
           "closures": [exported["closures"][0]]}
    with db.read() as s:
        version = s.execute(select(Specialist.version).where(Specialist.key == "mlavoie")).scalar_one()
    summary = load(db, doc)
    # organisation, domain hr, specialist, booking updated; domain coop and one absence added
    assert (summary.added, summary.updated) == (2, 4)
    out = interchange.export_document(db)
    assert out["organization"]["city"] == "Québec"
    assert {d["code"]: d["name_fr"] for d in out["domains"]}["hr"] == "Ressources humaines et relations de travail"
    mlavoie = next(s for s in out["specialists"] if s["key"] == "mlavoie")
    assert mlavoie["name"] == "Marie-Ève Lavoie-Roy" and mlavoie["domains"] == ["coop", "hr"]
    assert len(out["specialists"]) == 3 and len(out["bookings"]) == 5 and len(out["closures"]) == 2
    assert len(out["absences"]) == 2
    moved = next(b for b in out["bookings"] if b["id"] == booking["id"])
    assert moved["start"] == "2027-01-06T13:00:00-05:00"
    with db.read() as s:
        assert s.execute(select(Specialist.version).where(Specialist.key == "mlavoie")).scalar_one() == version + 1
        starts = s.execute(select(Occurrence.start).join(Booking, Booking.id == Occurrence.booking_id)
                           .where(Booking.uid == booking["id"]).order_by(Occurrence.start)).scalars().all()
    assert len(starts) == 5 and all(x.astimezone(TZ).hour == 13 for x in starts)


def test_bookings_without_id_get_new_unique_ids(db):
    doc = {"format": "crec-desktop/1", "specialists": [{"key": "a", "name": "A"}],
           "bookings": [{"specialist": "a", "start": "2027-01-06T09:00:00-05:00", "end": "2027-01-06T10:00:00-05:00",
                         "status": "tentative"}] * 3}
    load(db, doc)
    load(db, doc)
    ids = [b["id"] for b in interchange.export_document(db)["bookings"]]
    assert len(ids) == 6 and len(set(ids)) == 6


def test_audit_entry_for_the_import(db):
    load(db, example(), actor="hgagnon")
    with db.read() as s:
        entries = s.execute(select(AuditEntry)).scalars().all()
    assert len(entries) == 1
    entry = entries[0]
    assert (entry.actor, entry.action, entry.entity) == ("hgagnon", "import", "interchange")
    after = json.loads(entry.after_json)
    assert after["added"]["bookings"] == 5 and after["updated"] == {"organization": 1}


# --- all or nothing ---------------------------------------------------------------------------

def test_one_bad_record_writes_nothing(db):
    load(db, example())
    before = interchange.export_text(db)
    audit = count(db, AuditEntry)
    doc = json.loads(before)
    doc["specialists"].append({"key": "nouveau", "name": "Nouveau"})
    doc["bookings"].append({"specialist": "nouveau", "start": "2027-06-01T09:00:00-04:00",
                            "end": "2027-06-01T08:00:00-04:00"})
    with pytest.raises(rules.RulesError) as caught:
        load(db, doc)
    assert caught.value.text() == "bookings[5].end: la réservation se termine avant de commencer"
    assert caught.value.text("en") == "bookings[5].end: the booking ends before it starts"
    assert interchange.export_text(db) == before
    assert count(db, AuditEntry) == audit


def test_schema_errors_are_user_errors_with_paths(db):
    doc = example()
    doc["bookings"][0]["status"] = "maybe"
    with pytest.raises(UserError) as caught:
        load(db, doc)
    assert caught.value.text("en") == ('bookings[0].status: invalid value "maybe"; allowed values: tentative, '
                                       'confirmed')


@pytest.mark.parametrize("content, key", [
    (None, "import.unreadable"),
    (b"\xff\xfe{", "import.not_utf8"),
    (b'{"format": "crec-desktop/1",\n  "bookings": [}', "import.bad_json"),
    (b'{"format": "crec-desktop/2"}', "import.not_interchange"),
    (b"[1, 2]", "import.not_interchange"),
])
def test_unreadable_files(db, tmp_path, content, key):
    path = tmp_path / "file.json"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(UserError) as caught:
        interchange.import_file(db, path, actor="t")
    assert caught.value.messages[0].key == key
    assert str(path) in caught.value.text("en")
    if key == "import.bad_json":
        assert "line 2" in caught.value.text("en") and "ligne 2" in caught.value.text("fr")


def test_a_conflict_that_slips_past_the_checks_is_refused_by_postgresql(db, backend, monkeypatch):
    """Between the check and the write another workstation may save an overlapping booking; on
    PostgreSQL the exclusion constraint refuses it, and the import says so, writing nothing."""
    if backend != "postgresql":
        pytest.skip("the exclusion constraint is PostgreSQL's")
    load(db, example())
    before = interchange.export_text(db)
    real = rules.check_document
    monkeypatch.setattr(rules, "check_document", lambda doc, known=rules.Known(): rules.CheckedDocument(
        [], real(doc, rules.Known(specialists=known.specialists, engagements=known.engagements)).bookings))
    doc = {"format": "crec-desktop/1", "bookings": [
        {"specialist": "mlavoie", "start": "2026-12-02T10:00:00-05:00", "end": "2026-12-02T11:00:00-05:00"}]}
    with pytest.raises(UserError) as caught:
        load(db, doc)
    assert caught.value.messages[0].key == "import.conflict"
    assert interchange.export_text(db) == before


class _Deadlock(Exception):
    sqlstate = "40P01"  # what psycopg's DeadlockDetected carries


def _cancelled_by_a_deadlock(times: int, monkeypatch):
    """Importer.run fails as PostgreSQL's deadlock detector makes it fail, `times` times."""
    from sqlalchemy.exc import OperationalError  # noqa: PLC0415

    real = interchange._Importer.run
    calls = []

    def run(self):
        calls.append(1)
        self.s.execute(text("DELETE FROM closure"))  # something to roll back
        if len(calls) <= times:
            raise OperationalError("COPY occurrence ...", None, _Deadlock("deadlock detected"))
        return real(self)
    monkeypatch.setattr(interchange._Importer, "run", run)
    return calls


def test_an_import_cancelled_by_a_deadlock_starts_again(db, monkeypatch):
    """Two imports at once on PostgreSQL may each wait for the other's occurrences: the server
    cancels one. import_document then runs it again in a new transaction (which sees what the
    other wrote); after the last attempt, or inside a caller's transaction, it says so."""
    load(db, example())
    before = interchange.export_text(db)
    calls = _cancelled_by_a_deadlock(interchange.ATTEMPTS - 1, monkeypatch)
    doc = json.loads(before)
    doc["closures"].append({"date": "2027-08-02", "name": "Fermeture"})
    load(db, doc)
    assert len(calls) == interchange.ATTEMPTS
    assert [c["name"] for c in interchange.export_document(db)["closures"]].count("Fermeture") == 1
    after = interchange.export_text(db)
    calls = _cancelled_by_a_deadlock(interchange.ATTEMPTS, monkeypatch)
    with pytest.raises(UserError) as caught:
        load(db, example())
    assert caught.value.messages[0].key == "import.busy" and "try again" in caught.value.text("en")
    assert len(calls) == interchange.ATTEMPTS and interchange.export_text(db) == after
    calls = _cancelled_by_a_deadlock(1, monkeypatch)
    with pytest.raises(UserError) as caught, db.write() as s:
        interchange.import_into(s, example(), actor="t")
    assert caught.value.messages[0].key == "import.busy" and len(calls) == 1
    assert interchange.export_text(db) == after


def test_two_conflicting_imports_at_once_one_wins(make_db):
    db = make_db()
    load(db, example())
    files = [{"format": "crec-desktop/1", "bookings": [
        {"id": f"race-{i}", "specialist": "fcote", "start": "2027-03-01T09:00:00-05:00",
         "end": "2027-03-01T10:00:00-05:00"}]} for i in range(2)]
    outcome: list = [None, None]
    barrier = threading.Barrier(2)

    def run(i):
        barrier.wait()
        try:
            load(db, files[i])
            outcome[i] = "ok"
        except UserError as exc:
            outcome[i] = exc.messages[0].key
    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert outcome.count("ok") == 1, outcome
    assert set(outcome) - {"ok"} <= {"rules.overlap_db", "import.conflict"}
    ids = [b["id"] for b in interchange.export_document(db)["bookings"]]
    assert len([i for i in ids if i.startswith("race-")]) == 1


# --- occurrences kept in step (store.occurrences) ---------------------------------------------

def test_replace_occurrences_after_an_orm_edit(db):
    load(db, example())
    with db.write() as s:
        series = s.execute(select(Booking).where(Booking.rrule.is_not(None))).scalar_one()
        series.rrule = "FREQ=WEEKLY;COUNT=3"
        series.exdates = []
        series.status = "tentative"
        written = occurrences.replace_occurrences(s, [series.id])
        assert written == 3
        assert series.series_end == local(2027, 1, 20, 11)
        bid = series.id
    with db.read() as s:
        rows = s.execute(select(Occurrence.start, Occurrence.status).where(Occurrence.booking_id == bid)
                         .order_by(Occurrence.start)).all()
        assert s.execute(select(Booking.series_end).where(Booking.id == bid)).scalar_one() == local(2027, 1, 20, 11)
    assert [(r[0].astimezone(TZ).day, r[1]) for r in rows] == [(6, "tentative"), (13, "tentative"), (20, "tentative")]
    with db.write() as s:
        s.delete(s.get(Booking, bid))
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(Occurrence).where(Occurrence.booking_id == bid)).scalar_one() == 0


def test_occurrence_rows_helper():
    rows = occurrences.occurrence_rows(7, 3, "confirmed", local(2027, 1, 6, 9), local(2027, 1, 6, 10),
                                       "FREQ=DAILY;COUNT=3", [local(2027, 1, 7, 9)])
    assert [(r["booking_id"], r["specialist_id"], r["status"]) for r in rows] == [(7, 3, "confirmed")] * 2
    assert [r["start"].astimezone(UTC).day for r in rows] == [6, 8]


def test_export_of_an_empty_database(db):
    doc = interchange.export_document(db)
    assert doc["bookings"] == [] and len(doc["domains"]) == 7
    ORACLE_OK(doc)
    assert '  "bookings": [],' in interchange.export_text(db)
