"""store.schemacheck against jsonschema (the oracle): same verdicts, paths named, messages translated."""
from __future__ import annotations

import copy
import json
import pathlib

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crec_desktop.store import interchange
from crec_desktop.store.schemacheck import SchemaChecker

FIXTURES = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "interchange"
SCHEMA = interchange.schema()
ORACLE = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
CHECKER = SchemaChecker(SCHEMA)
EXAMPLE = json.loads((FIXTURES / "example.json").read_text(encoding="utf-8"))


def oracle_paths(doc) -> list[str]:
    out = []
    for error in ORACLE.iter_errors(doc):
        path = ""
        for part in error.absolute_path:
            path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
        out.append(path)
    return out


def verdicts(doc):
    ours = CHECKER.check(doc)
    return ours, CHECKER.fast(doc), oracle_paths(doc)


def agree(doc) -> list:
    ours, closures, theirs = verdicts(doc)
    assert (not ours) == closures == (not theirs), (ours, theirs)
    for path in theirs:  # every place jsonschema complains about is named by one of our lines
        assert any(not path or p == path or p.startswith(path + ".") or p.startswith(path + "[")
                   for p, _ in ours), (path, ours)
    return ours


def test_the_copy_in_the_package_is_the_contract(shared_dir):
    if shared_dir is None:
        pytest.skip("../shared is not here")
    assert interchange.schema() == json.loads((shared_dir / "interchange" / "schema.json").read_text(encoding="utf-8"))
    assert EXAMPLE == json.loads((shared_dir / "interchange" / "example.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.json")))
def test_agrees_with_jsonschema_on_every_fixture(name):
    doc = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    problems = agree(doc)
    assert bool(problems) == name.startswith("schema-")


def test_messages_name_the_path_in_both_languages():
    doc = copy.deepcopy(EXAMPLE)
    doc["bookings"][1]["start"] = "2026-12-09 13:00"
    doc["bookings"][2]["colour"] = "red"
    del doc["bookings"][3]["specialist"]
    doc["specialists"][0]["hourly_rate"] = 95
    doc["specialists"][1]["key"] = "FCote"
    doc["members"][0]["kind"] = "coop"
    doc["engagements"][0]["budget_hours"] = -1
    doc["closures"][0]["name"] = ""
    doc["absences"][0]["start"] = "2026-02-30"
    doc["organization"]["city"] = "x" * 201
    lines = [f"{p}: {m.text('fr')}" for p, m in agree(doc)]
    assert lines == [
        "organization.city: trop long : 201 caractères, au plus 200",
        "specialists[0].hourly_rate: doit être un texte",
        "specialists[1].key: « FCote » : clé invalide (minuscules, chiffres, - et _, 40 caractères au plus)",
        "members[0].kind: valeur « coop » invalide ; valeurs permises : federation, cdr, other",
        "engagements[0].budget_hours: doit être au moins 0",
        "bookings[1].start: « 2026-12-09 13:00 » : date et heure invalides (par exemple 2026-12-02T09:00:00-05:00)",
        "bookings[2].colour: champ inconnu",
        "bookings[3].specialist: champ obligatoire manquant",
        "absences[0].start: « 2026-02-30 » : date invalide (AAAA-MM-JJ)",
        "closures[0].name: ne doit pas être vide",
    ]
    english = [f"{p}: {m.text('en')}" for p, m in CHECKER.check(doc)]
    assert english[7] == "bookings[3].specialist: required field missing"
    assert english[1] == "specialists[0].hourly_rate: must be a text"


def test_top_level():
    assert [m.key for _, m in CHECKER.check([])] == ["schema.type"]
    assert [(p, m.key) for p, m in CHECKER.check({"format": "crec-desktop/2"})] == [("format", "schema.const")]
    assert [(p, m.key) for p, m in CHECKER.check({})] == [("format", "schema.required")]
    assert [(p, m.key) for p, m in CHECKER.check({"format": "crec-desktop/1", "extra": 1})] == [("extra", "schema.additional")]


def test_deliberately_stricter_than_jsonschema_defaults():
    """Formats are asserted (jsonschema needs an extra package for date-time), and a pattern's `$`
    does not accept a trailing newline (ECMA-262 semantics, as JSON Schema says)."""
    doc = copy.deepcopy(EXAMPLE)
    doc["bookings"][0]["start"] = "2026-13-45T99:00:00-05:00"
    assert [p for p, _ in CHECKER.check(doc)] == ["bookings[0].start"]
    doc = copy.deepcopy(EXAMPLE)
    doc["specialists"][0]["key"] = "mlavoie\n"
    assert [p for p, _ in CHECKER.check(doc)] == ["specialists[0].key"]
    assert ORACLE.is_valid(doc)


def test_booleans_are_not_numbers_and_integers_are():
    doc = copy.deepcopy(EXAMPLE)
    doc["members"][0]["hour_bank"] = True
    assert [p for p in oracle_paths(doc)] == ["members[0].hour_bank"]
    assert [p for p, _ in agree(doc)] == ["members[0].hour_bank"]
    doc["members"][0]["hour_bank"] = 120.25
    assert agree(doc) == []


# --- random damage: the three verdicts never disagree ----------------------------------------

def _slots(value, found):
    """Every (container, key) in the document."""
    if isinstance(value, dict):
        for k, v in value.items():
            found.append((value, k))
            _slots(v, found)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found.append((value, i))
            _slots(v, found)
    return found


SAMPLES = ["", "hr", "HR", "mlavoie", "95.00", "95,00", "95.555", "12345678", "2026-12-02", "2026-02-30",
           "2026-12-02T09:00:00-05:00", "2026-12-02T09:00:00Z", "2026-12-02T09:00-05:00", "12:30", "24:00",
           "#2e7d32", "#2e7d3", "03", "18", "confirmed", "tentative", "cdr", "sick", "x" * 201, "crec-desktop/1",
           "2026-014", "a/b.c", "-x"]
values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-5, 100_001), st.floats(-1, 1e6, allow_nan=False),
              st.sampled_from(SAMPLES), st.text(max_size=4)),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(["key", "name", "x"]), inner,
                                                                         max_size=2)),
    max_leaves=4)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_damage_gets_the_same_verdict_as_jsonschema(data):
    doc = copy.deepcopy(EXAMPLE)
    for _ in range(data.draw(st.integers(1, 3))):
        slots = _slots(doc, [])
        container, key = data.draw(st.sampled_from(slots))
        action = data.draw(st.sampled_from(["replace", "replace", "delete", "add"]))
        if action == "replace":
            container[key] = data.draw(values)
        elif action == "delete":
            del container[key]
        elif isinstance(container, dict):
            container[data.draw(st.sampled_from(["zz", "note", "id", "status", "rrule"]))] = data.draw(values)
    if any(isinstance(v, str) and v.endswith("\n") for v in _strings(doc)):
        return  # the documented $-before-newline difference
    agree(doc)


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def test_the_oracle_checks_date_time_formats():
    """jsonschema checks "format": "date-time" only with rfc3339-validator installed (test extra);
    without it the oracle would accept what our checker rightly refuses."""
    doc = copy.deepcopy(EXAMPLE)
    doc["bookings"][0]["start"] = "2026-12-02T09:00-05:00"  # no seconds: not RFC 3339
    assert oracle_paths(doc) == ["bookings[0].start"]
    assert [path for path, _ in CHECKER.check(doc)] == ["bookings[0].start"]
