"""domain.rules: each rule of the interchange README, for one record and for a whole document."""
from __future__ import annotations

import copy
import datetime as dt
import itertools
import json
import pathlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crec_desktop.domain import rules
from crec_desktop.domain.rules import Known, check_document, find_overlaps, parse_instant
from crec_desktop.domain.timeutil import local

EXAMPLE = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "interchange" / "example.json"


@pytest.fixture
def example() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def paths(result) -> list[str]:
    return [p for p, _ in result.problems]


def texts(result, lang="fr") -> list[str]:
    return [f"{p}: {m.text(lang)}" for p, m in result.problems]


# --- one record -------------------------------------------------------------------------------

def test_booking_instants():
    nine, noon = local(2027, 1, 6, 9), local(2027, 1, 6, 12)
    assert rules.booking_instants(nine, noon) == []
    assert [(p, m.key) for p, m in rules.booking_instants(noon, nine)] == [("end", "rules.end_before_start")]
    assert [(p, m.key) for p, m in rules.booking_instants(nine, nine)] == [("end", "rules.zero_length")]
    assert rules.booking_instants(nine, nine + dt.timedelta(hours=24)) == []
    assert [m.key for _, m in rules.booking_instants(nine, nine + dt.timedelta(hours=24, minutes=1))] == ["rules.too_long"]
    assert [(p, m.key) for p, m in rules.booking_instants(nine.replace(second=5), noon)] == [("start", "rules.whole_minute")]
    assert [(p, m.key) for p, m in rules.booking_instants(nine, noon.replace(microsecond=1))] == [("end", "rules.whole_minute")]


def test_booking_series():
    start, end = local(2027, 1, 6, 9), local(2027, 1, 6, 11)
    occs, problems = rules.booking_series(start, end, "FREQ=WEEKLY;COUNT=3", [local(2027, 1, 13, 9)])
    assert problems == [] and len(occs) == 2
    occs, problems = rules.booking_series(start, end, "FREQ=WEEKLY;COUNT=3", [local(2027, 1, 13, 10)])
    assert [p for p, _ in problems] == ["exdates[0]"]
    occs, problems = rules.booking_series(start, end, "FREQ=WEEKLY", [])
    assert occs == [] and [p for p, _ in problems] == ["rrule"]


def test_date_range():
    assert rules.date_range(dt.date(2027, 1, 2), dt.date(2027, 1, 2)) is None
    assert rules.date_range(dt.date(2027, 1, 2), None) is None
    assert rules.date_range(dt.date(2027, 1, 2), dt.date(2027, 1, 1)).key == "rules.absence_dates"


def test_overlaps_back_to_back_is_fine():
    a = ("x", local(2027, 1, 6, 9), local(2027, 1, 6, 12), "a")
    b = ("x", local(2027, 1, 6, 12), local(2027, 1, 6, 13), "b")
    c = ("x", local(2027, 1, 6, 11, 59), local(2027, 1, 6, 12, 30), "c")
    other = ("y", local(2027, 1, 6, 9), local(2027, 1, 6, 12), "d")
    assert find_overlaps([a, b, other]) == []
    found = {(e[3], l[3]) for e, l in find_overlaps([a, b, c, other])}
    assert found == {("a", "c"), ("c", "b")}


def test_overlapping_helper():
    others = sorted([(local(2027, 1, 6, h), local(2027, 1, 6, h + 1), h) for h in (8, 10, 12)])
    assert [o[2] for o in rules.overlapping(others, local(2027, 1, 6, 9), local(2027, 1, 6, 12))] == [10]
    assert [o[2] for o in rules.overlapping(others, local(2027, 1, 6, 8, 30), local(2027, 1, 6, 10, 1))] == [8, 10]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("ab"), st.integers(0, 60), st.integers(1, 15)), max_size=25))
def test_find_overlaps_finds_every_overlapping_interval(raw):
    base = local(2027, 1, 6, 8)
    ivs = [(g, base + dt.timedelta(minutes=5 * s), base + dt.timedelta(minutes=5 * (s + n)), i)
           for i, (g, s, n) in enumerate(raw)]
    brute = {iv[3] for iv, other in itertools.permutations(ivs, 2)
             if iv[0] == other[0] and iv[1] < other[2] and other[1] < iv[2]}
    pairs = find_overlaps(ivs)
    assert {x[3] for pair in pairs for x in pair} == brute
    for a, b in pairs:  # every pair reported really overlaps
        assert a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


# --- a whole document -------------------------------------------------------------------------

def test_example_breaks_no_rule(example):
    result = check_document(example)
    assert result.problems == []
    assert len(result.bookings) == 5
    start, end, exdates, occs = result.bookings[3]
    assert len(occs) == 5 and exdates == [parse_instant("2027-01-20T09:00:00-05:00")]


def test_references_resolve_against_the_file_or_the_database(example):
    doc = {"format": "crec-desktop/1",
           "engagements": [{"number": "X-1", "member": "fcsdq", "domain": "hr", "title": "t", "lead": "mlavoie"}],
           "bookings": [{"specialist": "mlavoie", "engagement": "2026-014", "start": "2027-01-06T09:00:00-05:00",
                         "end": "2027-01-06T10:00:00-05:00"}],
           "absences": [{"specialist": "mlavoie", "start": "2027-01-06", "end": "2027-01-06", "kind": "sick"}]}
    assert paths(check_document(doc)) == ["engagements[0].member", "engagements[0].lead", "bookings[0].specialist",
                                          "bookings[0].engagement", "absences[0].specialist"]
    known = Known(specialists=frozenset({"mlavoie"}), members=frozenset({"fcsdq"}), engagements=frozenset({"2026-014"}))
    assert check_document(doc, known).problems == []


def test_builtin_domains_always_exist_and_file_domains_count():
    doc = {"format": "crec-desktop/1", "domains": [{"code": "coop", "name_fr": "Coopération"}],
           "specialists": [{"key": "a", "name": "A", "domains": ["events", "coop", "nope", "coop"]}]}
    result = check_document(doc, Known(domains=frozenset()))
    assert texts(result) == ["specialists[0].domains[2]: domaine inconnu : « nope »",
                             "specialists[0].domains[3]: le domaine « coop » est déjà dans la liste"]


def test_every_problem_is_reported_in_file_order_with_paths(example):
    doc = copy.deepcopy(example)
    doc["bookings"][0]["end"] = "2026-12-02T08:00:00-05:00"
    doc["bookings"][2]["specialist"] = "nobody"
    doc["bookings"][3]["exdates"] = ["2027-01-21T09:00:00-05:00"]
    doc["absences"][0]["end"] = "2026-12-01"
    doc["engagements"][1]["end_date"] = "2026-01-01"
    doc["members"].append(dict(doc["members"][0]))
    result = check_document(doc)
    assert texts(result) == [
        "members[3].key: « fcsdq » est déjà utilisé par members[0]",
        "engagements[1].end_date: le mandat se termine avant de commencer",
        "bookings[0].end: la réservation se termine avant de commencer",
        "bookings[2].specialist: spécialiste inconnu : « nobody »",
        "bookings[3].exdates[0]: « 2027-01-21T09:00:00-05:00 » n'est pas une occurrence de la répétition",
        "absences[0].end: l'absence se termine avant de commencer",
    ]
    assert texts(result, "en")[2] == "bookings[0].end: the booking ends before it starts"
    assert result.bookings[0] is None and result.bookings[3] is None and result.bookings[1] is not None


def test_confirmed_overlaps_in_the_file_series_included(example):
    doc = copy.deepcopy(example)
    # a weekly confirmed series of fcote on Wednesdays 10:00-12:00 crosses the 09:00-11:00 one
    doc["bookings"].append({"specialist": "fcote", "start": "2027-01-27T10:00:00-05:00", "end": "2027-01-27T12:00:00-05:00",
                            "status": "confirmed", "rrule": "FREQ=WEEKLY;COUNT=2"})
    # tentative may overlap; back to back is fine
    doc["bookings"].append({"specialist": "mlavoie", "start": "2026-12-02T10:00:00-05:00", "end": "2026-12-02T11:00:00-05:00",
                            "status": "tentative"})
    doc["bookings"].append({"specialist": "mlavoie", "start": "2026-12-02T12:30:00-05:00", "end": "2026-12-02T13:00:00-05:00"})
    result = check_document(doc)
    assert texts(result) == ["bookings[5].start: chevauche bookings[3], réservation confirmée du même spécialiste "
                             "(27 janvier 2027, de 9\u00a0h à 11\u00a0h)"]
    assert texts(result, "en") == ["bookings[5].start: overlaps bookings[3], a confirmed booking of the same specialist "
                                   "(January 27, 2027, 9:00\u00a0AM to 11:00\u00a0AM)"]


def test_a_series_may_not_overlap_itself():
    doc = {"format": "crec-desktop/1", "specialists": [{"key": "a", "name": "A"}],
           "bookings": [{"specialist": "a", "start": "2027-01-06T09:00:00-05:00", "end": "2027-01-06T16:00:00-05:00",
                         "rrule": "FREQ=DAILY;BYHOUR=9,15;COUNT=4"}]}  # 09:00-16:00 and 15:00-22:00
    assert paths(check_document(doc)) == ["bookings[0].start"]


def test_overlaps_with_the_database_except_the_bookings_the_file_replaces(example):
    mine = (parse_instant("2026-12-02T12:00:00-05:00"), parse_instant("2026-12-02T13:00:00-05:00"))
    theirs = Known(specialists=frozenset({"mlavoie"}), confirmed=[("mlavoie", *mine, "uid-1"), ("mlavoie", *mine, "uid-2")])
    doc = {"format": "crec-desktop/1",
           "bookings": [{"id": "uid-1", "specialist": "mlavoie", "start": "2026-12-02T12:30:00-05:00",
                         "end": "2026-12-02T13:30:00-05:00"}]}
    result = check_document(doc, theirs)
    assert texts(result) == ["bookings[0].start: chevauche une réservation confirmée du même spécialiste déjà "
                             "enregistrée (2 décembre 2026, de 12\u00a0h à 13\u00a0h)"]
    only_replaced = Known(specialists=frozenset({"mlavoie"}), confirmed=[("mlavoie", *mine, "uid-1")])
    assert check_document(doc, only_replaced).problems == []
    doc["bookings"][0]["status"] = "tentative"
    assert check_document(doc, theirs).problems == []


def test_unique_keys_numbers_ids_and_logins(example):
    doc = copy.deepcopy(example)
    doc["bookings"][0]["id"] = doc["bookings"][1]["id"] = "same"
    doc["engagements"].append(dict(doc["engagements"][0]))
    doc["specialists"][1]["login"] = "mlavoie"
    doc["domains"] = [{"code": "x", "name_fr": "X"}, {"code": "x", "name_fr": "Y"}]
    assert texts(check_document(doc)) == [
        "domains[1].code: « x » est déjà utilisé par domains[0]",
        "specialists[1].login: l'identifiant de connexion « mlavoie » est déjà celui de specialists[0]",
        "engagements[2].number: « 2026-014 » est déjà utilisé par engagements[0]",
        "bookings[1].id: « same » est déjà utilisé par bookings[0]",
    ]


def test_logins_against_the_database():
    doc = {"format": "crec-desktop/1", "specialists": [{"key": "b", "name": "B", "login": "jdoe"}]}
    taken = Known(specialists=frozenset({"a"}), logins={"a": "jdoe"})
    assert texts(check_document(doc, taken)) == [
        "specialists[0].login: l'identifiant de connexion « jdoe » est déjà celui de le spécialiste « a »"]
    # the file gives the login away in the same import: fine
    doc["specialists"].append({"key": "a", "name": "A", "login": "adoe"})
    assert check_document(doc, taken).problems == []


def test_invalid_rrule_and_occurrence_lengths():
    doc = {"format": "crec-desktop/1", "specialists": [{"key": "a", "name": "A"}],
           "bookings": [{"specialist": "a", "start": "2027-01-06T09:00:00-05:00", "end": "2027-01-06T10:00:00-05:00",
                         "rrule": "FREQ=DAILY;COUNT=501"},
                        {"specialist": "a", "start": "2027-03-13T03:00:00-05:00", "end": "2027-03-14T03:00:00-04:00",
                         "rrule": "FREQ=WEEKLY;COUNT=2"}]}
    result = check_document(doc)
    assert paths(result) == ["bookings[0].rrule"]
    # 24 hours from Saturday 09:00 is fine; the same wall times a week later span the November
    # night, 25 real hours: that occurrence is refused (the week query relies on 24 h at most)
    doc["bookings"] = [{"specialist": "a", "start": "2027-10-30T09:00:00-04:00", "end": "2027-10-31T09:00:00-04:00",
                        "rrule": "FREQ=WEEKLY;COUNT=3"}]
    result = check_document(doc)
    assert texts(result) == ["bookings[0].rrule: l'occurrence du 6 novembre 2027 ne dure pas entre une minute et 24 heures"]
    doc["bookings"][0]["rrule"] = "FREQ=WEEKLY;COUNT=1"
    assert check_document(doc).problems == []


def test_render_caps_pathological_floods():
    problems = [(f"bookings[{i}].end", rules.msg("rules.end_before_start")) for i in range(250)]
    text = rules.render(problems)
    lines = text.splitlines()
    assert len(lines) == 201
    assert lines[0] == "bookings[0].end: la réservation se termine avant de commencer"
    assert lines[-1] == "… et 50 autres erreurs"
    assert rules.render(problems, "en").splitlines()[-1] == "… and 50 more errors"
    assert rules.RulesError(problems).text("en").count("\n") == 200


def test_builtin_domain_codes_match_the_store():
    from crec_desktop.store.models import BUILTIN_DOMAINS  # noqa: PLC0415

    assert tuple(rules.BUILTIN_DOMAIN_CODES) == tuple(BUILTIN_DOMAINS)
