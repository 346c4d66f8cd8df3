"""The demo organisation: a deterministic, realistic document that obeys every rule, and its loading.

The document checks are written independently of the generator: series are expanded here with
dateutil directly, holidays come from domain.holidays, working hours and capacities are
recomputed from the document's own specialists and absences.
"""
from __future__ import annotations

import collections
import datetime as dt
import json
import pathlib

import jsonschema
import pytest
from dateutil.rrule import rrulestr
from sqlalchemy import func, select

from crec_desktop import cli
from crec_desktop.domain.holidays import holidays_between
from crec_desktop.domain.messages import UserError
from crec_desktop.domain.timeutil import TZ, parse_instant
from crec_desktop.store import demo
from crec_desktop.store import models as m

TODAY = dt.date(2026, 11, 26)
SCHEMA = pathlib.Path(demo.__file__).with_name("interchange_schema.json")
DOMAINS = {"hr", "government", "law", "ohs", "marketing", "finance", "events"}
STATUSES = {"draft", "sent", "signed", "in_progress", "completed", "cancelled"}


@pytest.fixture(scope="module")
def doc() -> dict:
    return demo.build_demo_document(2, today=TODAY)


@pytest.fixture(scope="module")
def summer_doc() -> dict:
    """Another window (today in July), one year: small windows must still show everything."""
    return demo.build_demo_document(1, today=dt.date(2027, 7, 14))


def day_of(text: str) -> dt.date:
    return dt.date.fromisoformat(text[:10])


_EXPANDED: dict[int, tuple[dict, dict]] = {}


def occurrences(doc: dict) -> dict[str, list[tuple[dt.datetime, dt.datetime, dict]]]:
    """Every occurrence that takes place, by specialist: series expanded with dateutil, in local time."""
    if id(doc) in _EXPANDED and _EXPANDED[id(doc)][0] is doc:
        return _EXPANDED[id(doc)][1]
    found: dict[str, list] = collections.defaultdict(list)
    for b in doc["bookings"]:
        start = parse_instant(b["start"]).astimezone(TZ)
        end = parse_instant(b["end"]).astimezone(TZ)
        starts = [start]
        if b.get("rrule"):
            starts = list(rrulestr(b["rrule"], dtstart=start))
            excluded = {parse_instant(x) for x in b.get("exdates", [])}
            assert excluded <= set(starts), f"{b['id']}: an exdate is not an occurrence"
            assert len(starts) <= 500
            starts = [s for s in starts if s not in excluded]
        for s in starts:  # same wall-clock times every week (09:00 stays 09:00 across DST)
            found[b["specialist"]].append((s, dt.datetime.combine(s.date(), end.timetz()).replace(tzinfo=TZ), b))
    _EXPANDED[id(doc)] = (doc, found)
    return found


def days_off(doc: dict) -> tuple[set[dt.date], dict[str, set[dt.date]]]:
    first = min(day_of(b["start"]) for b in doc["bookings"])
    last = max(day_of(b["start"]) for b in doc["bookings"]) + dt.timedelta(days=400)
    org = set(holidays_between(first, last)) | {dt.date.fromisoformat(c["date"]) for c in doc["closures"]}
    absent: dict[str, set[dt.date]] = collections.defaultdict(set)
    for a in doc["absences"]:
        day = dt.date.fromisoformat(a["start"])
        while day <= dt.date.fromisoformat(a["end"]):
            absent[a["specialist"]].add(day)
            day += dt.timedelta(days=1)
    return org, absent


# --- the document ----------------------------------------------------------------------------------

def test_same_inputs_give_the_same_document(doc):
    again = demo.build_demo_document(2, today=TODAY)
    assert json.dumps(again, sort_keys=True) == json.dumps(doc, sort_keys=True)
    other = demo.build_demo_document(2, today=TODAY + dt.timedelta(days=7))
    assert other["bookings"] != doc["bookings"]


def test_the_document_satisfies_the_schema(doc, summer_doc, shared_dir):
    schemas = [json.loads(SCHEMA.read_text(encoding="utf-8"))]
    if shared_dir and (shared_dir / "interchange" / "schema.json").exists():
        shared = json.loads((shared_dir / "interchange" / "schema.json").read_text(encoding="utf-8"))
        if shared != schemas[0]:
            schemas.append(shared)
    for schema in schemas:
        validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
        for document in (doc, summer_doc):
            errors = list(validator.iter_errors(document))
            assert not errors, errors[:3]


def test_the_document_satisfies_every_rule(doc, summer_doc):
    rules = pytest.importorskip("crec_desktop.domain.rules")
    for document in (doc, summer_doc):
        checked = rules.check_document(document)
        assert checked.problems == [], rules.render(checked.problems, "en", limit=5)
        assert all(parsed is not None for parsed in checked.bookings)


def test_confirmed_bookings_of_one_specialist_never_overlap(doc, summer_doc):
    for document in (doc, summer_doc):
        for key, occs in occurrences(document).items():
            confirmed = sorted((s, e) for s, e, b in occs if b["status"] == "confirmed")
            for (s1, e1), (s2, e2) in zip(confirmed, confirmed[1:]):
                assert s2 >= e1, f"{key}: {s1}–{e1} overlaps {s2}–{e2}"


def test_tentative_bookings_overlap_some_confirmed_ones(doc):
    overlapping = 0
    for occs in occurrences(doc).values():
        confirmed = [(s, e) for s, e, b in occs if b["status"] == "confirmed"]
        for s, e, b in occs:
            if b["status"] == "tentative" and any(cs < e and s < ce for cs, ce in confirmed):
                overlapping += 1
    assert overlapping >= 10


def test_counts(doc, summer_doc):
    for document in (doc, summer_doc):
        specialists = document["specialists"]
        assert len(specialists) == 15
        assert {d for s in specialists for d in s["domains"]} == DOMAINS
        roles = collections.Counter(s["role"] for s in specialists)
        assert roles["coordinator"] == 1 and 1 <= roles["manager"] <= 2 and roles["admin"] == 1
        assert len({s["login"] for s in specialists}) == 15
        assert all(28 <= s["weekly_hours"] <= 40 for s in specialists)
        assert any("." in s["hourly_rate"] and not s["hourly_rate"].endswith(".00") for s in specialists)
        members = document["members"]
        cdrs = [mem for mem in members if mem["kind"] == "cdr"]
        assert len(members) >= 20 and 10 <= len(cdrs) <= 14
        assert all(mem["name"].startswith("Coopérative de développement régional") for mem in cdrs)
        assert len({mem["region"] for mem in cdrs}) == len(cdrs)
        assert all(mem["name"].startswith("Fédération") for mem in members if mem["kind"] == "federation")
        engagements = document["engagements"]
        assert len(engagements) >= 40
        assert {e["status"] for e in engagements} == STATUSES
        assert {e["domain"] for e in engagements} == DOMAINS
        assert any(e["language"] == "en" for e in engagements)
        assert any(not e["taxable"] for e in engagements)
        assert document["absences"] and document["closures"]
        assert {a["kind"] for a in document["absences"]} >= {"vacation", "sick", "training"}


def test_the_records_look_real(doc):
    org = doc["organization"]
    assert org["city"] == "Lévis" and org["email"].endswith(".example")
    assert org["gst_number"] and org["qst_number"] and org["signatory_name"]
    for s in doc["specialists"]:
        assert s["email"].endswith("@crec.example")
        assert s["workday_start"] < s["workday_end"]
    for mem in doc["members"]:
        assert mem["email"].endswith(".example") and mem["contact_name"] and mem["contact_title"]
        postal = mem["address"].rsplit("  ", 1)[1]
        assert len(postal) == 7 and postal[0] in "GHJ" and postal[3] == " ", mem["address"]
        assert mem["hour_bank"] > 0
    for e in doc["engagements"]:
        year, seq = e["number"].split("-")
        assert len(year) == 4 and len(seq) == 3
        assert len(e["scope"]) > 80
    lengths = collections.Counter((parse_instant(b["end"]) - parse_instant(b["start"])).total_seconds() / 3600
                                  for b in doc["bookings"])
    assert lengths[7.0] > 0 and lengths[3.5] > 0 and lengths[3.0] > 0 and lengths[0.5] > 0
    assert sum(lengths.values()) == sum(n for h, n in lengths.items() if 0.5 <= h <= 7)
    # by count, short blocks (calls, preparation, travel, meetings) outnumber half and full days...
    assert sum(n for h, n in lengths.items() if h < 3) > sum(n for h, n in lengths.items() if h >= 3)
    # ...but by hours worked (series' occurrences included), half days and full days dominate
    hours = collections.Counter()
    for occs in occurrences(doc).values():
        for s, e, _b in occs:
            length = (e - s).total_seconds() / 3600
            travel = _b["note"].startswith("Déplacement") or _b["note"].startswith("Travel")
            hours["long" if length in (3.0, 3.5, 7.0) and not travel else "short"] += length
    assert hours["long"] > 1.2 * hours["short"], hours
    series = [b for b in doc["bookings"] if b.get("rrule")]
    assert any("COUNT=" in b["rrule"] for b in series) and any("UNTIL=" in b["rrule"] for b in series)
    assert any(b.get("exdates") for b in series)
    assert any(b["engagement"] is None for b in doc["bookings"])


def test_short_blocks_go_with_the_work(doc):
    """Travel to a member's city sits right before or after a session there, on the same
    engagement, for members outside Lévis; there are preparations, calls and weekly calls."""
    members = {mem["key"]: mem for mem in doc["members"]}
    engagements = {e["number"]: e for e in doc["engagements"]}
    by_key = collections.defaultdict(list)
    for b in doc["bookings"]:
        by_key[b["specialist"], b["engagement"], b["start"][:10]].append(b)
    travels = [b for b in doc["bookings"] if b["note"].startswith(("Déplacement", "Travel"))]
    assert len(travels) > 100
    for t in travels:
        member = members[engagements[t["engagement"]]["member"]]
        assert "Lévis" not in member["address"] and member["address"].split("\n")[-1].split(" (")[0] in t["note"]
        sessions = [b for b in by_key[t["specialist"], t["engagement"], t["start"][:10]]
                    if b["location"] in ("Chez le membre", "At the member's office") and b is not t]
        assert any(b["start"] == t["end"] or b["end"] == t["start"] for b in sessions), t["id"]
    notes = collections.Counter(b["note"] for b in doc["bookings"])
    assert notes["Préparation de la séance"] > 100 and notes["Appel de suivi avec le membre"] > 100
    weekly_calls = [b for b in doc["bookings"] if b.get("rrule") and b["note"] == "Appel de suivi hebdomadaire"]
    assert len(weekly_calls) > 10


def test_a_month_of_everyone_is_full_of_bookings(doc):
    """The grid's month view of the 15 specialists shows 500 and more bookings (July, the
    month of summer vacations, at least 400)."""
    per_month = collections.Counter((s.year, s.month) for occs in occurrences(doc).values() for s, _e, _b in occs)
    months = sorted(per_month)[1:-1]  # full months only
    assert len(months) >= 20
    for month in months:
        assert per_month[month] >= (400 if month[1] == 7 else 500), (month, per_month[month])
    assert per_month[TODAY.year, TODAY.month] >= 800


def test_engagements_are_consistent(doc):
    leads = {s["key"]: s for s in doc["specialists"]}
    by_number = {e["number"]: e for e in doc["engagements"]}
    booked: dict[str, float] = collections.defaultdict(float)
    for key, occs in occurrences(doc).items():
        for s, e, b in occs:
            if b["engagement"]:
                eng = by_number[b["engagement"]]
                assert eng["start_date"] <= s.date().isoformat() <= eng["end_date"], b["id"]
                booked[eng["number"]] += (e - s).total_seconds() / 3600
                if eng["status"] in ("draft", "sent"):
                    assert b["status"] == "tentative", b["id"]
    for eng in doc["engagements"]:
        assert eng["domain"] in leads[eng["lead"]]["domains"]
        start, end = dt.date.fromisoformat(eng["start_date"]), dt.date.fromisoformat(eng["end_date"])
        assert start <= end
        if eng["status"] == "completed":
            assert end < TODAY
        elif eng["status"] == "in_progress":
            assert start <= TODAY <= end
        elif eng["status"] in ("draft", "sent", "signed"):
            assert start > TODAY
        assert eng["budget_hours"] >= booked[eng["number"]], eng["number"]


def test_hour_banks_cover_each_fiscal_year(doc):
    by_number = {e["number"]: e for e in doc["engagements"]}
    used: dict[tuple[str, int], float] = collections.defaultdict(float)
    for occs in occurrences(doc).values():
        for s, e, b in occs:
            if b["engagement"]:
                fiscal = s.year if s.month >= 4 else s.year - 1
                used[by_number[b["engagement"]]["member"], fiscal] += (e - s).total_seconds() / 3600
    banks = {mem["key"]: mem["hour_bank"] for mem in doc["members"]}
    assert used
    for (member, _year), hours in used.items():
        assert hours <= banks[member]


def test_bookings_avoid_holidays_closures_absences_and_stay_in_working_hours(doc, summer_doc):
    for document in (doc, summer_doc):
        org_off, absent = days_off(document)
        hours = {s["key"]: (dt.time.fromisoformat(s["workday_start"]), dt.time.fromisoformat(s["workday_end"]))
                 for s in document["specialists"]}
        for key, occs in occurrences(document).items():
            for s, e, b in occs:
                day = s.date()
                assert day.weekday() < 5 and day not in org_off and day not in absent[key], (b["id"], day)
                assert e.date() == day and hours[key][0] <= s.time() and e.time() <= hours[key][1], b["id"]


def test_closures_are_the_days_between_christmas_and_new_year(doc):
    closures = {dt.date.fromisoformat(c["date"]) for c in doc["closures"]}
    assert dt.date(2025, 12, 29) in closures and dt.date(2025, 12, 30) in closures
    assert all(d.weekday() < 5 for d in closures)


def test_each_specialist_is_60_to_90_percent_booked(doc):
    """Over the full past weeks of the window: booked time (overlaps merged) / working hours."""
    org_off, absent = days_off(doc)
    weekly = {s["key"]: s["weekly_hours"] for s in doc["specialists"]}
    first_day = min(day_of(b["start"]) for b in doc["bookings"])
    first_monday = first_day - dt.timedelta(days=first_day.weekday())
    this_monday = TODAY - dt.timedelta(days=TODAY.weekday())
    mondays = [first_monday + dt.timedelta(weeks=i) for i in range((this_monday - first_monday).days // 7)]
    sample = mondays[::3]
    for key, occs in occurrences(doc).items():
        by_week: dict[dt.date, list] = collections.defaultdict(list)
        for s, e, _b in occs:
            by_week[s.date() - dt.timedelta(days=s.weekday())].append((s, e))
        booked = capacity = 0.0
        for monday in sample:
            days = [monday + dt.timedelta(days=i) for i in range(5)]
            week_capacity = sum(1 for d in days if d not in org_off and d not in absent[key]) * weekly[key] / 5
            week_booked = merged_hours(by_week[monday])
            assert week_booked <= week_capacity, (key, monday)
            booked += week_booked
            capacity += week_capacity
        assert 0.6 <= booked / capacity <= 0.9, (key, booked / capacity)


def merged_hours(intervals) -> float:
    total, end = 0.0, None
    for s, e in sorted(intervals):
        if end is None or s >= end:
            total += (e - s).total_seconds()
            end = e
        elif e > end:
            total += (e - end).total_seconds()
            end = e
    return total / 3600


def test_the_window_covers_the_past_years_and_the_coming_months(doc):
    starts = sorted(day_of(b["start"]) for b in doc["bookings"])
    assert starts[0] <= TODAY.replace(year=TODAY.year - 2) + dt.timedelta(days=7)
    assert starts[-1] >= TODAY + dt.timedelta(days=80)
    per_year = collections.Counter(d.year for d in starts)
    assert all(per_year[y] > 1000 for y in range(TODAY.year - 1, TODAY.year + 1))
    this_week = TODAY - dt.timedelta(days=TODAY.weekday())
    assert sum(1 for d in starts if this_week <= d < this_week + dt.timedelta(days=7)) > 30
    assert sum(1 for b in doc["bookings"] if b["status"] == "tentative" and day_of(b["start"]) > TODAY) > 20
    assert all(day_of(b["start"]) >= TODAY for b in doc["bookings"] if b["status"] == "tentative")


def test_years_out_of_range_are_refused():
    with pytest.raises(UserError):
        demo.build_demo_document(0, today=TODAY)
    with pytest.raises(UserError):
        demo.build_demo_document(11, today=TODAY)


# --- the database ----------------------------------------------------------------------------------

def count(db, model) -> int:
    with db.read() as session:
        return session.execute(select(func.count()).select_from(model)).scalar_one()


def test_load_demo_fills_an_empty_database(db):
    assert demo.is_empty(db)
    counts = demo.load_demo(db, years=1, today=TODAY)
    expected = demo.build_demo_document(1, today=TODAY)
    assert counts == {"specialists": 15, "members": len(expected["members"]),
                      "engagements": len(expected["engagements"]), "bookings": len(expected["bookings"])}
    assert not demo.is_empty(db)
    assert count(db, m.Specialist) == 15
    assert count(db, m.Booking) == len(expected["bookings"])
    assert count(db, m.Occurrence) == sum(len(v) for v in occurrences(expected).values())
    with db.read() as session:
        engagements = session.scalars(select(m.Engagement)).all()
        assert all(e.context and e.deliverables and e.exclusions for e in engagements)
        english = [e for e in engagements if e.language == "en"]
        assert english and all(e.context.startswith("The ") for e in english)
        org = session.get(m.Organization, 1)
        assert org.short_name == "CREC" and org.city == "Lévis"


def test_load_demo_refuses_a_database_that_holds_data(db):
    demo.load_demo(db, years=1, today=TODAY)
    bookings = count(db, m.Booking)
    with pytest.raises(UserError) as refused:
        demo.load_demo(db, years=1, today=TODAY + dt.timedelta(days=30))
    assert "--force" in refused.value.text("fr") and "already holds data" in refused.value.text("en")
    assert count(db, m.Booking) == bookings


def test_force_replaces_the_content(db):
    demo.load_demo(db, years=1, today=TODAY)
    with db.write() as session:
        session.add(m.Closure(date=dt.date(2026, 8, 3), name="Fermeture temporaire"))
    counts = demo.load_demo(db, years=1, force=True, today=TODAY + dt.timedelta(days=30))
    assert count(db, m.Booking) == counts["bookings"]
    assert count(db, m.Specialist) == 15
    assert count(db, m.DomainOfExpertise) == 7
    with db.read() as session:
        names = session.scalars(select(m.Closure.name)).all()
    assert "Fermeture temporaire" not in names


@pytest.mark.parametrize("failing", ["occurrences", "letter sections"])
def test_force_is_one_transaction_a_failure_after_the_erase_keeps_the_content(db, monkeypatch, failing):
    """The erase and the load are one transaction: a load failing after the erase (here while
    writing the occurrences, or the letter sections after the whole import) leaves the previous
    content as it was."""
    from crec_desktop.store import bulk, interchange  # noqa: PLC0415

    demo.load_demo(db, years=1, today=TODAY)
    with db.write() as session:
        session.add(m.Closure(date=dt.date(2026, 8, 3), name="Fermeture temporaire"))
    before = interchange.export_text(db)
    counts = {model: count(db, model) for model in (m.Booking, m.Occurrence, m.AuditEntry, m.Specialist)}
    with db.read() as session:
        sections = session.execute(select(m.Engagement.number, m.Engagement.context)).all()
    calls = []

    class Broken(RuntimeError):
        pass

    if failing == "occurrences":
        real = bulk.insert_rows

        def insert_rows(session, table, *args, **kwargs):
            calls.append(table.name)
            if table.name == "occurrence":
                raise Broken("disk full")
            return real(session, table, *args, **kwargs)
        monkeypatch.setattr(bulk, "insert_rows", insert_rows)
    else:
        def fill(session, _sections):
            calls.append("sections")
            raise Broken("disk full")
        monkeypatch.setattr(demo, "_fill_letter_sections", fill)
    with pytest.raises(Broken):
        demo.load_demo(db, years=1, force=True, today=TODAY + dt.timedelta(days=30))
    assert calls[-1] == ("occurrence" if failing == "occurrences" else "sections")
    if failing == "occurrences":
        assert calls == ["booking", "occurrence"]  # the bookings were written (after the erase), then it failed
    assert interchange.export_text(db) == before
    assert {model: count(db, model) for model in counts} == counts
    with db.read() as session:
        assert session.execute(select(m.Engagement.number, m.Engagement.context)).all() == sections
    monkeypatch.undo()
    demo.load_demo(db, years=1, force=True, today=TODAY + dt.timedelta(days=30))  # and it works again
    assert interchange.export_text(db) != before


def test_a_demo_refused_by_the_rules_erases_nothing(db, monkeypatch):
    from crec_desktop.domain import rules  # noqa: PLC0415
    from crec_desktop.store import interchange  # noqa: PLC0415

    demo.load_demo(db, years=1, today=TODAY)
    before = interchange.export_text(db)
    real = demo._build

    def broken(years, today):
        doc, sections = real(years, today)
        doc["bookings"][5]["specialist"] = "personne"
        return doc, sections
    monkeypatch.setattr(demo, "_build", broken)
    with pytest.raises(rules.RulesError) as refused:
        demo.load_demo(db, years=1, force=True, today=TODAY)
    assert refused.value.text("en").startswith("bookings[5].specialist")
    assert interchange.export_text(db) == before


def test_import_into_writes_in_the_callers_transaction(db):
    from crec_desktop.store import interchange  # noqa: PLC0415

    doc = demo.build_demo_document(1, today=TODAY)
    with pytest.raises(ZeroDivisionError), db.write() as session:
        summary = interchange.import_into(session, doc, actor="tester")
        assert summary.added > len(doc["bookings"])
        assert session.execute(select(func.count()).select_from(m.Booking)).scalar_one() == len(doc["bookings"])
        1 / 0  # noqa: B018 - the caller fails after the import: all of it goes
    assert demo.is_empty(db) and count(db, m.Occurrence) == 0 and count(db, m.AuditEntry) == 0


def test_cli_demo_on_a_fresh_home(crec_home, make_db, capsys):
    db = make_db()
    assert cli.main(["--db", db.url, "demo"]) == 0
    assert "15 spécialistes" in capsys.readouterr().out
    assert cli.main(["--db", db.url, "--lang", "en", "demo"]) == 2
    assert "--force" in capsys.readouterr().err
    assert cli.main(["--db", db.url, "demo", "--if-empty"]) == 0
    assert "rien n'a été changé" in capsys.readouterr().out
    assert cli.main(["--db", db.url, "demo", "--force"]) == 0
    assert "15 spécialistes" in capsys.readouterr().out
    assert count(db, m.Specialist) == 15


def test_the_scheduling_services_see_a_sound_demo(db):
    """The application's own measures: 60–90 % utilisation in the past, nothing booked on a day
    off, no week over capacity, no engagement over budget, no hour bank exceeded."""
    from crec_desktop.services.availability import specialist_loads  # noqa: PLC0415
    from crec_desktop.services.budgets import engagement_use, member_use  # noqa: PLC0415

    demo.load_demo(db, years=1, today=TODAY)
    first = TODAY.replace(year=TODAY.year - 1)
    last = TODAY + dt.timedelta(days=90)
    loads = specialist_loads(db, first, last)
    assert len(loads) == 15
    for load in loads:
        past = load.total(first + dt.timedelta(days=7), TODAY - dt.timedelta(days=TODAY.weekday() + 1))
        assert 0.6 <= past.utilisation <= 0.9, (load.key, past.utilisation)
        assert all(day.booked_minutes == 0 for day in load.days if day.off), load.key
        assert all(week.booked_minutes <= week.expected_minutes for week in load.weeks()), load.key
    with db.read() as session:
        engagement_ids = session.scalars(select(m.Engagement.id)).all()
        member_ids = session.scalars(select(m.Member.id)).all()
    assert not [i for i, use in engagement_use(db, engagement_ids).items() if use.over]
    for day in (first, TODAY, last):  # the three fiscal years the window touches
        assert not [i for i, use in member_use(db, member_ids, day).items() if use.over]
