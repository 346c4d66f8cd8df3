"""The hours report as a file: an Excel workbook (XLSX) or a CSV file, in French or English.

Both are written from `HoursReport.tables(lang)`, so the workbook, the CSV file and the Reports
dialog show the same numbers.

- **XLSX** (openpyxl): one sheet per view; a title row (organisation and period) and a note
  saying what is counted; a bold header row, frozen with the first column; real numbers with
  number formats (hours `0.00`, percentages, money in dollars the French or English way); a bold
  totals row; column widths fitted to the content.
- **CSV**: one file, UTF-8 with a byte-order mark (Excel then reads the accents right). The
  views follow one another as *sections*: a line with the view's name, a line with its note,
  the header line, the rows, the totals line, then an empty line. French uses `;` between
  fields and a decimal comma (as Excel in fr_CA expects), English `,` and a decimal point;
  numbers carry no thousands separator; percentages are written as numbers of percent (87,5),
  their header ending in « (%) »; money columns hold plain amounts.

    data = report_bytes(report, path, "fr")      # by the extension of path (.xlsx or .csv)
"""
from __future__ import annotations

import csv
import io
import pathlib
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from crec_desktop.domain.messages import UserError, define, msg
from crec_desktop.services.report_tables import COUNT, HOURS, MONEY, PERCENT, TEXT, Table
from crec_desktop.services.reports import HoursReport

XLSX, CSV = "xlsx", "csv"
FORMATS = (XLSX, CSV)

define({
    "report.bad_extension": ("extension de fichier non prise en charge : « {name} » (.xlsx ou .csv)",
                             "unsupported file extension: \"{name}\" (.xlsx or .csv)"),
})

_NUMBER_FORMATS = {
    HOURS: "#,##0.00",
    PERCENT: "0.0%",
    COUNT: "0",
}
_MONEY_FORMATS = {"fr": '#,##0.00\\ "$"', "en": '"$"#,##0.00'}


def file_format(path: pathlib.Path | str) -> str:
    """'xlsx' or 'csv' from the file name; anything else is refused (UserError)."""
    suffix = pathlib.Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise UserError(msg("report.bad_extension", name=pathlib.Path(path).name))
    return suffix


def report_bytes(report: HoursReport, path: pathlib.Path | str, lang: str = "fr") -> bytes:
    """The file's content for path's extension."""
    return xlsx_bytes(report, lang) if file_format(path) == XLSX else csv_bytes(report, lang)


# --- CSV ------------------------------------------------------------------------------------------

def _csv_number(value: Decimal, lang: str) -> str:
    text = f"{value:f}"
    return text.replace(".", ",") if lang == "fr" else text


def _csv_cell(value: Any, kind: str, lang: str) -> str:
    if value is None:
        return ""
    if kind == PERCENT:
        return _csv_number((Decimal(value) * 100).quantize(Decimal("0.01")), lang)
    if kind in (HOURS, MONEY):
        return _csv_number(Decimal(value).quantize(Decimal("0.01")), lang)
    if kind == COUNT:
        return str(int(value))
    return str(value)


def _csv_headers(table: Table, lang: str) -> list[str]:
    return [h + " (%)" if c.kind == PERCENT else h for c, h in zip(table.columns, table.headers(lang))]


def csv_bytes(report: HoursReport, lang: str = "fr") -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if lang == "fr" else ",", lineterminator="\r\n")
    writer.writerow([report.title(lang)])
    writer.writerow([])
    for table in report.tables(lang):
        kinds = [c.kind for c in table.columns]
        writer.writerow([table.title])
        writer.writerow([table.note])
        writer.writerow(_csv_headers(table, lang))
        for row in (*table.rows, table.total):
            writer.writerow([_csv_cell(v, k, lang) for v, k in zip(row, kinds)])
        writer.writerow([])
    return out.getvalue().encode("utf-8-sig")


# --- XLSX -----------------------------------------------------------------------------------------

_FORBIDDEN_IN_SHEET_NAMES = str.maketrans({c: "-" for c in "[]:*?/\\"})


def _sheet_name(title: str, taken: set[str]) -> str:
    name = title.translate(_FORBIDDEN_IN_SHEET_NAMES)[:31]
    base, n = name, 2
    while name in taken:
        suffix = f" ({n})"
        name, n = base[:31 - len(suffix)] + suffix, n + 1
    taken.add(name)
    return name


def _width(value: Any, kind: str) -> int:
    if value is None:
        return 0
    if kind == TEXT:
        return len(str(value))
    if kind == PERCENT:
        return 7
    return len(f"{Decimal(value):,.2f}") + (3 if kind == MONEY else 0)


def _fill_sheet(sheet, table: Table, title: str, lang: str) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: PLC0415 - heavy, lazy
    from openpyxl.utils import get_column_letter  # noqa: PLC0415

    kinds = [c.kind for c in table.columns]
    sheet["A1"] = title
    sheet["A1"].font = Font(bold=True, size=13)
    sheet["A2"] = table.note
    sheet["A2"].font = Font(italic=True, color="555555")
    header_row, first_data = 4, 5
    header_fill = PatternFill("solid", fgColor="DCE6F1")
    for col, text in enumerate(table.headers(lang), start=1):
        cell = sheet.cell(row=header_row, column=col, value=text)
        cell.font = Font(bold=True)
        cell.fill = header_fill
        cell.alignment = Alignment(wrap_text=True, vertical="bottom",
                                   horizontal="left" if kinds[col - 1] == TEXT else "right")
    money = _MONEY_FORMATS["en" if lang == "en" else "fr"]
    rows: Sequence[tuple] = (*table.rows, table.total)
    top = Side(style="thin", color="000000")
    for r, row in enumerate(rows, start=first_data):
        is_total = r == first_data + len(rows) - 1
        for col, (value, kind) in enumerate(zip(row, kinds), start=1):
            if kind != TEXT and value is not None:
                value = int(value) if kind == COUNT else Decimal(value)
            cell = sheet.cell(row=r, column=col, value=value if value != "" else None)
            if kind != TEXT:
                cell.number_format = money if kind == MONEY else _NUMBER_FORMATS[kind]
            if is_total:
                cell.font = Font(bold=True)
                cell.border = Border(top=top)
    for col, (kind, header) in enumerate(zip(kinds, table.headers(lang)), start=1):
        longest = max([_width(row[col - 1], kind) for row in rows] + [min(len(header), 18)])
        sheet.column_dimensions[get_column_letter(col)].width = max(8, min(longest + 2, 60))
    sheet.row_dimensions[header_row].height = 32
    sheet.freeze_panes = sheet.cell(row=first_data, column=2)
    sheet.sheet_view.zoomScale = 100


def xlsx_bytes(report: HoursReport, lang: str = "fr") -> bytes:
    from openpyxl import Workbook  # noqa: PLC0415 - heavy, lazy

    book = Workbook()
    book.remove(book.active)
    taken: set[str] = set()
    title = report.title(lang)
    for table in report.tables(lang):
        _fill_sheet(book.create_sheet(_sheet_name(table.title, taken)), table, title, lang)
    book.properties.title = title
    book.properties.creator = "crec-desktop"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


__all__ = ["CSV", "FORMATS", "XLSX", "csv_bytes", "file_format", "report_bytes", "xlsx_bytes"]
