"""The records' field rules (domain.validation): what passes, what is refused with which message,
and how accepted values are tidied. The editors and the services both use these."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from crec_desktop.domain import validation as v
from crec_desktop.domain.messages import catalogue


def key(checked) -> str | None:
    return checked.problem.key if checked.problem is not None else None


def test_every_message_has_french_and_english():
    texts = {k: pair for k, pair in catalogue().items() if k.startswith("valid.")}
    assert len(texts) >= 20
    for fr, en in texts.values():
        assert fr != en and fr.strip() and en.strip()


@pytest.mark.parametrize(("text", "required", "expected", "problem"), [
    ("", False, None, None),
    ("   ", True, None, "valid.required"),
    ("  Marie  ", True, "Marie", None),
    ("x" * 201, False, None, "valid.too_long"),
])
def test_text(text, required, expected, problem):
    checked = v.parse_text(text, required=required)
    assert (checked.value, key(checked)) == (expected, problem)


@pytest.mark.parametrize(("text", "ok"), [
    ("nom@exemple.ca", True), ("marie-eve.lavoie+crec@coop.qc.ca", True),
    ("nom@", False), ("@exemple.ca", False), ("nom exemple@x.ca", False), ("nom@exemple", False),
    ("nom@@exemple.ca", False), ("nom@exemple.", False),
])
def test_email(text, ok):
    checked = v.parse_email(text)
    assert checked.ok is ok and (checked.value == text if ok else key(checked) == "valid.email")


@pytest.mark.parametrize(("text", "expected"), [
    ("418 555-0142", "418 555-0142"),
    ("(418) 555-0142", "418 555-0142"),
    ("418.555.0142", "418 555-0142"),
    ("4185550142", "418 555-0142"),
    ("+1 418 555 0142", "418 555-0142"),
    ("1-800-555-0199", "800 555-0199"),
    ("418 555-0100, poste 211", "418 555-0100, poste 211"),
    ("418-555-0100 ext. 211", "418 555-0100, poste 211"),
    ("418 555 0100 x211", "418 555-0100, poste 211"),
    ("418 555-0100 p. 12", "418 555-0100, poste 12"),
])
def test_phone_accepted_and_written_the_quebec_way(text, expected):
    assert v.parse_phone(text).value == expected


@pytest.mark.parametrize("text", ["555-0142", "418 555-01423", "018 555-0142", "418 055-0142", "418 555-CREC",
                                  "+33 1 23 45 67 89", "2 418 555 0142"])
def test_phone_refused(text):
    assert key(v.parse_phone(text)) == "valid.phone"


@pytest.mark.parametrize(("text", "expected"), [
    ("G6V 3P5", "G6V 3P5"), ("g6v3p5", "G6V 3P5"), (" h2x 3k9 ", "H2X 3K9"), ("J9H 3M7", "J9H 3M7"),
])
def test_postal_code_accepted(text, expected):
    assert v.parse_postal_code(text).value == expected


@pytest.mark.parametrize("text", ["G6V 3P", "12345", "D6V 3P5", "W1A 1A1", "Z1A 1A1", "G6O 3P5", "G6V 3U5",
                                  "G6V-3P5X", "GGV 3P5"])
def test_postal_code_refused(text):
    assert key(v.parse_postal_code(text)) == "valid.postal_code"


@pytest.mark.parametrize(("text", "expected"), [
    ("92,50", Decimal("92.50")), ("92.5", Decimal("92.50")), ("1 234,50 $", Decimal("1234.50")),
    ("1\u00a0234,50\u00a0$", Decimal("1234.50")), ("$1,234.50", Decimal("1234.50")), ("1.234,50", Decimal("1234.50")), ("1,234,567.5", Decimal("1234567.50")),
    ("135", Decimal("135.00")), ("0", Decimal("0.00")),
])
def test_money_accepted_in_either_language(text, expected):
    checked = v.parse_money(text)
    assert checked.ok and checked.value == expected


@pytest.mark.parametrize(("text", "problem"), [
    ("92,505", "valid.money_cents"), ("-5", "valid.money_negative"), ("cent", "valid.money"),
    ("12,5,0", "valid.money"), ("1,234", "valid.money_cents"), ("1.234.5", "valid.money"), ("100000000", "valid.money_too_big"), ("1e3", "valid.money"),
])
def test_money_refused(text, problem):
    assert key(v.parse_money(text)) == problem


def test_money_problem_on_typed_values():
    assert v.money_problem(Decimal("92.50")) is None
    assert v.money_problem(Decimal("92.505")).key == "valid.money_cents"
    assert v.money_problem(None, required=True).key == "valid.required"


@pytest.mark.parametrize(("text", "maximum", "positive", "value", "problem"), [
    ("37,5", v.MAX_WEEKLY_HOURS, False, Decimal("37.50"), None),
    ("37.5 h", v.MAX_WEEKLY_HOURS, False, Decimal("37.50"), None),
    ("80", v.MAX_WEEKLY_HOURS, False, Decimal("80.00"), None),
    ("81", v.MAX_WEEKLY_HOURS, False, None, "valid.hours_max"),
    ("-1", v.MAX_HOURS, False, None, "valid.hours_negative"),
    ("0", v.MAX_HOURS, True, None, "valid.hours_zero"),
    ("1,125", v.MAX_HOURS, False, None, "valid.hours_decimals"),
    ("beaucoup", v.MAX_HOURS, False, None, "valid.hours"),
])
def test_hours(text, maximum, positive, value, problem):
    checked = v.parse_hours(text, maximum=maximum, positive=positive)
    assert (checked.value, key(checked)) == (value, problem)


def test_hours_maximum_is_said_in_the_message():
    assert v.parse_hours("90", maximum=v.MAX_WEEKLY_HOURS).problem.text("fr") == "Au plus 80 h."
    assert v.parse_hours("90", maximum=v.MAX_WEEKLY_HOURS).problem.text("en") == "At most 80 h."


def test_dates_and_times_in_order():
    d = dt.date
    assert v.dates_problem(d(2026, 12, 1), d(2026, 12, 1)) is None
    assert v.dates_problem(d(2026, 12, 2), None) is None
    assert v.dates_problem(d(2026, 12, 2), d(2026, 12, 1)).key == "valid.dates_order"
    assert v.times_problem(dt.time(8, 30), dt.time(16, 30)) is None
    assert v.times_problem(dt.time(16, 30), dt.time(8, 30)).key == "valid.times_order"
    assert v.times_problem(dt.time(9), dt.time(9)).key == "valid.times_order"


@pytest.mark.parametrize(("text", "expected", "problem"), [
    ("#2E7D32", "#2e7d32", None), ("2e7d32", "#2e7d32", None), ("#2e7d3", None, "valid.colour"),
    ("rouge", None, "valid.colour"), ("#gggggg", None, "valid.colour"), ("", None, None),
])
def test_colour(text, expected, problem):
    checked = v.parse_colour(text)
    assert (checked.value, key(checked)) == (expected, problem)


@pytest.mark.parametrize(("text", "ok"), [("mlavoie", True), ("cdr-estrie", True), ("a.b_c-1", True),
                                          ("Mlavoie", False), ("m lavoie", False), ("côté", False), ("-x", False),
                                          ("x" * 41, False)])
def test_key(text, ok):
    assert v.parse_key(text).ok is ok


def test_login_and_registration_numbers():
    assert v.parse_login("CREC\\mlavoie").value == "CREC\\mlavoie"
    assert key(v.parse_login("m lavoie")) == "valid.login"
    assert v.parse_gst("812345678rt0001").value == "812345678 RT0001"
    assert key(v.parse_gst("81234567 RT0001")) == "valid.gst"
    assert v.parse_qst("1223456789 TQ 0001").value == "1223456789 TQ0001"
    assert key(v.parse_qst("1223456789 RT0001")) == "valid.qst"
    assert v.parse_engagement_number("2026-014").ok
    assert key(v.parse_engagement_number("26-14")) == "valid.number"
    assert v.parse_whole("4", 1, 12).value == 4
    assert key(v.parse_whole("13", 1, 12)) == "valid.range"
    assert key(v.parse_whole("4,5", 1, 12)) == "valid.whole_number"


@pytest.mark.parametrize("text", [
    "5955, rue Saint-Laurent, bureau 300\nLévis (Québec)  G6V 3P5",
    "275, rue du Parvis, bureau 200\nQuébec (Québec)  G1K 6G7",
    "1, rue A\n2e étage\nGatineau (Québec)  J9H 3M7",
])
def test_addresses_round_trip_through_their_parts(text):
    parts = v.split_address(text)
    assert parts.postal_code and parts.province == "Québec"
    assert parts.text() == text


def test_an_address_the_forms_did_not_write_stays_whole():
    parts = v.split_address("Quelque part au Québec")
    assert parts.street == "Quelque part au Québec" and not parts.postal_code
    assert v.Address("12, rue B", "Lévis", "Québec", "G6V 3P5").text() == "12, rue B\nLévis (Québec)  G6V 3P5"
    assert v.Address().text() is None


def test_field_problem_names_the_field():
    from crec_desktop.domain.messages import define, msg

    define({"test.field.email": ("Courriel", "E-mail")})
    m = v.field_problem(msg("test.field.email"), v.parse_email("x").problem)
    assert m.text("fr") == "Courriel : Adresse courriel invalide (ex. : nom@exemple.ca)."
    assert m.text("en") == "E-mail: Invalid e-mail address (e.g. name@example.ca)."
