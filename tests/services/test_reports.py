"""The hours report: numbers worked out by hand from the sample organisation, the XLSX workbook
(real numbers, formats, totals) and the CSV file (separator and decimal mark per language)."""
from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal

import openpyxl
import pytest

from crec_desktop.domain.messages import UserError
from crec_desktop.services.report_files import csv_bytes, file_format, xlsx_bytes
from crec_desktop.services.reports import hours_report
from tests.services.report_sample import CLOSURE_DAY, FIRST, LAST, NOW, build_planned, working_days

D = Decimal


@pytest.fixture(autouse=True)
def _at_now(clock):
    """The reports are read at NOW (report_sample): what is done and what is planned splits there."""
    clock.set(NOW)


@pytest.fixture
def planned(db):
    return build_planned(db)


@pytest.fixture
def report(planned):
    return hours_report(planned.db, FIRST, LAST)


def by_key(rows, attr="key"):
    return {getattr(r, attr): r for r in rows}


def test_specialists_expected_hours_less_closure_and_absence(report):
    days = working_days(FIRST, LAST, {CLOSURE_DAY})
    jean_days = working_days(FIRST, LAST, {CLOSURE_DAY, dt.date(2026, 11, 12), dt.date(2026, 11, 13)})
    assert (days, jean_days) == (9, 7)
    rows = by_key(report.specialists)
    assert set(rows) == {"admin", "coord", "mgr", "sophie", "jean"}
    sophie, jean = rows["sophie"], rows["jean"]
    assert sophie.expected == D(days * 7) and jean.expected == D("5.6") * jean_days
    assert (sophie.confirmed, sophie.tentative, sophie.booked) == (D(6), D("3.5"), D("9.5"))
    assert (jean.confirmed, jean.tentative) == (D("4.5"), D(0))
    assert sophie.utilisation == (D("9.5") / D(63)).quantize(D("0.0001"))
    assert (jean.absence_days, jean.closed_days, sophie.absence_days, sophie.closed_days) == (2, 1, 0, 1)
    assert rows["admin"].booked == 0 and rows["admin"].expected == D(63)


def test_members_hours_and_hour_bank_with_capped_carry_over(report):
    rows = by_key(report.members)
    assert list(rows) == ["fcsdsq", "fcsq"]
    f = rows["fcsdsq"]
    assert (f.confirmed, f.tentative, f.done) == (D("9.5"), D(0), D("6.5"))
    # fiscal year 2026-04-01..2027-03-31: done 2 + 3 + 3.5, still to come 3; last year 40 - 4 = 36 left, cap 20
    assert (report.fiscal_first, report.fiscal_last) == (dt.date(2026, 4, 1), dt.date(2027, 3, 31))
    assert (f.bank, f.carried_in, f.available, f.used, f.planned) == (D(40), D(20), D(60), D("8.5"), D(3))
    assert f.left == D("48.5") and f.carry_out == D(20)
    assert f.share_used == (D("11.5") / D(60)).quantize(D("0.0001"))
    q = rows["fcsq"]
    assert (q.confirmed, q.tentative, q.bank, q.left, q.share_used) == (D(0), D("3.5"), None, None, None)


def test_carry_over_none_and_all(make_db):
    none = hours_report(build_planned(make_db(), carry_over="none", cap=None).db, FIRST, LAST)
    assert by_key(none.members)["fcsdsq"].carried_in == 0 and by_key(none.members)["fcsdsq"].left == D("28.5")
    full = hours_report(build_planned(make_db(), carry_over="all", cap=None).db, FIRST, LAST)
    assert by_key(full.members)["fcsdsq"].carried_in == D(36) and by_key(full.members)["fcsdsq"].left == D("64.5")


def test_engagements_budget_planned_done_left_and_value(report):
    rows = by_key(report.engagements, "number")
    assert list(rows) == ["2026-001", "2026-002", "2026-003"]
    e1, e2, e3 = rows["2026-001"], rows["2026-002"], rows["2026-003"]
    assert (e1.budget, e1.in_range, e1.planned, e1.done, e1.left) == (D(10), D(6), D(12), D(9), D(-2))
    assert e1.value_done == D("855.00") and e1.member == "FCSDSQ"
    assert (e2.budget, e2.in_range, e2.planned, e2.done, e2.left, e2.value_done) == (None, D("3.5"), D("3.5"),
                                                                                      D("3.5"), None, None)
    assert (e3.in_range, e3.planned, e3.done, e3.left, e3.value_done) == (D("3.5"), D(5), D(0), D(15), D("0.00"))
    assert e3.lead == "Sophie Tremblay" and e3.domain("fr") == "Ressources humaines"


def test_pivot_specialist_by_member_and_shares(planned, report):
    ids = planned.org.ids
    member = planned.org.member_id
    assert report.pivot_hours(ids["sophie"], member) == D(6)
    assert report.pivot_hours(ids["sophie"], planned.fcsq_id) == D("3.5")
    assert report.pivot_hours(ids["jean"], member) == D("3.5")
    assert report.pivot_hours(ids["jean"], None) == D(1)
    tables = {t.key: t for t in report.tables("fr")}
    pivot, share = tables["pivot"], tables["share"]
    assert pivot.headers("fr") == ["Spécialiste", "FCSDSQ", "FCSQ", "Temps interne", "Total"]
    assert [list(r) for r in pivot.rows] == [["Jean Côté", D("3.5"), D(0), D(1), D("4.5")],
                                             ["Sophie Tremblay", D(6), D("3.5"), D(0), D("9.5")]]
    assert list(pivot.total) == ["Total", D("9.5"), D("3.5"), D(1), D(14)]
    sophie_share = [r for r in share.rows if r[0] == "Sophie Tremblay"][0]
    assert sophie_share[1:] == (D("0.6316"), D("0.3684"), D(0), D(1))
    # each specialist's pivot total is their booked hours in the specialist view
    booked = {s.name: s.booked for s in report.specialists}
    assert all(row[-1] == booked[row[0]] for row in pivot.rows)


def test_totals_rows_are_the_sums_of_the_rows(report):
    for table in report.tables("en"):
        for i, col in enumerate(table.columns):
            if col.kind in ("hours", "money", "count") and table.total[i] is not None:
                assert table.total[i] == sum(r[i] for r in table.rows if r[i] is not None), (table.key, col.key)
    spec = {t.key: t for t in report.tables("fr")}["specialists"]
    assert spec.total[2:6] == (D("291.20"), D("10.50"), D("3.50"), D("14.00"))
    assert spec.total[6] == (D(14) / D("291.2")).quantize(D("0.0001"))


def test_bad_range_refused(planned):
    with pytest.raises(UserError) as err:
        hours_report(planned.db, LAST, FIRST)
    assert "se termine avant de commencer" in err.value.text("fr")
    assert "ends before it starts" in err.value.text("en")
    with pytest.raises(UserError):
        hours_report(planned.db, dt.date(2020, 1, 1), dt.date(2026, 1, 1))


# --- files ---------------------------------------------------------------------------------------

def test_xlsx_has_sheets_numbers_formats_and_totals(report):
    book = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(report, "fr")))
    assert book.sheetnames == ["Spécialistes", "Membres", "Spécialiste × membre (h)", "Spécialiste × membre (%)",
                               "Mandats"]
    sheet = book["Spécialistes"]
    assert "CREC" in sheet["A1"].value and "2 novembre 2026" in sheet["A1"].value
    assert sheet.freeze_panes == "B5"
    headers = [c.value for c in sheet[4]]
    assert headers[:3] == ["Clé", "Nom", "Heures attendues"]
    rows = {r[0].value: r for r in sheet.iter_rows(min_row=5)}
    sophie = rows["sophie"]
    assert isinstance(sophie[2].value, (int, float)) and sophie[2].value == 63
    assert sophie[2].number_format == "#,##0.00" and sophie[6].number_format == "0.0%"
    assert sophie[6].value == pytest.approx(9.5 / 63, abs=1e-4)
    total = rows["Total"]
    data = [r for k, r in rows.items() if k != "Total"]
    assert total[2].value == pytest.approx(sum(r[2].value for r in data)) == pytest.approx(291.2)
    assert total[5].value == pytest.approx(14) and total[2].font.bold
    money = {r[0].value: r for r in book["Mandats"].iter_rows(min_row=5)}["2026-001"]
    assert money[12].value == 855 and money[12].number_format == '#,##0.00\\ "$"'
    assert book["Mandats"].column_dimensions["B"].width >= len("Climat de travail, équipe")
    en = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(report, "en")))
    assert en.sheetnames[0] == "Specialists" and [c.value for c in en["Specialists"][4]][2] == "Expected hours"
    assert {r[0].value: r for r in en["Engagements"].iter_rows(min_row=5)}["2026-001"][12].number_format == '"$"#,##0.00'


def _sections(data: bytes, delimiter: str) -> dict[str, list[list[str]]]:
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "\r\n" in text
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    sections, current = {}, None
    for row in rows[2:]:
        if not row:
            current = None
        elif current is None:
            current = sections.setdefault(row[0], [])
        else:
            current.append(row)
    return sections


def test_csv_french_semicolons_and_decimal_commas(report):
    sections = _sections(csv_bytes(report, "fr"), ";")
    assert list(sections) == ["Spécialistes", "Membres", "Spécialiste × membre (h)", "Spécialiste × membre (%)",
                              "Mandats"]
    note, header, *rows = sections["Spécialistes"]
    assert header[:3] == ["Clé", "Nom", "Heures attendues"] and header[6] == "Taux d'utilisation (%)"
    sophie = next(r for r in rows if r[0] == "sophie")
    assert sophie[2] == "63,00" and sophie[5] == "9,50" and sophie[6] == "15,08"
    total = rows[-1]
    assert total[0] == "Total"
    assert Decimal(total[2].replace(",", ".")) == sum(Decimal(r[2].replace(",", ".")) for r in rows[:-1])
    members = sections["Membres"]
    fcsdsq = next(r for r in members[2:] if r[0] == "fcsdsq")
    assert fcsdsq[11] == "48,50"


def test_csv_english_commas_and_points(report):
    sections = _sections(csv_bytes(report, "en"), ",")
    _, header, *rows = sections["Engagements"]
    assert header[0] == "Number"
    e1 = next(r for r in rows if r[0] == "2026-001")
    assert e1[6:13] == ["10.00", "6.00", "12.00", "9.00", "-2.00", "95.00", "855.00"]
    assert next(r for r in sections["Specialists"][2:] if r[0] == "jean")[2] == "39.20"


def test_file_format_by_extension():
    assert file_format("a/b/Rapport.XLSX") == "xlsx" and file_format("x.csv") == "csv"
    with pytest.raises(UserError) as err:
        file_format("rapport.pdf")
    assert "rapport.pdf" in err.value.text("fr") and ".xlsx or .csv" in err.value.text("en")


def test_preset_periods():
    from crec_desktop.services.reports import preset_period

    day = dt.date(2026, 3, 15)
    assert preset_period("this_month", day) == (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert preset_period("last_month", day) == (dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    assert preset_period("last_month", dt.date(2027, 1, 31)) == (dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    assert preset_period("this_fiscal_year", day, 4) == (dt.date(2025, 4, 1), dt.date(2026, 3, 31))
    assert preset_period("this_fiscal_year", day, 1) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
