"""The hours report's views as plain tables: named, typed columns, rows and a totals row.

What the XLSX and CSV writers (`report_files`) and the Reports dialog show, built from an
`HoursReport` (`services.reports`): the specialists, the members (with their hour banks), the
specialist × member pivot in hours and in shares of each specialist's time, the engagements.
Column kinds say how a value is written: TEXT, HOURS (0.00), PERCENT (a ratio, 0.875 = 87.5 %),
MONEY (dollars) and COUNT (whole numbers). Totals are the sums of the rows as shown (rates and
percentages are worked out again from the totals).

    for table in report_tables(report, "fr"): table.title, table.headers("fr"), table.rows, table.total
"""
from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from crec_desktop.domain.formatting import format_date, format_hours
from crec_desktop.domain.messages import define, tr
from crec_desktop.domain.workflow import status_label

if TYPE_CHECKING:
    from crec_desktop.services.reports import HoursReport

TEXT, HOURS, PERCENT, MONEY, COUNT = "text", "hours", "percent", "money", "count"
_ZERO = Decimal("0.00")

define({
    "report.view.specialists": ("Spécialistes", "Specialists"),
    "report.view.members": ("Membres", "Members"),
    "report.view.pivot": ("Spécialiste × membre (h)", "Specialist × member (h)"),
    "report.view.share": ("Spécialiste × membre (%)", "Specialist × member (%)"),
    "report.view.engagements": ("Mandats", "Engagements"),
    "report.note.specialists": ("Heures attendues : heures hebdomadaires réparties du lundi au vendredi, moins les jours "
                                "fériés, les fermetures et les absences. Heures réservées : durée réelle dans la période.",
                                "Expected hours: weekly hours spread Monday to Friday, less statutory holidays, closures "
                                "and absences. Booked hours: real elapsed time within the period."),
    "report.note.members": ("Heures : réservations commençant dans la période. Banque d'heures : exercice du {first} "
                            "au {last} ; report : {rule}.",
                            "Hours: bookings starting in the period. Hour bank: fiscal year from {first} to {last}; "
                            "carry-over: {rule}."),
    "report.note.pivot": ("Heures réservées (confirmées et provisoires) commençant dans la période, par spécialiste "
                          "et par membre.",
                          "Booked hours (confirmed and tentative) starting in the period, by specialist and member."),
    "report.note.share": ("Part du temps réservé de chaque spécialiste consacrée à chaque membre.",
                          "Share of each specialist's booked time given to each member."),
    "report.note.engagements": ("Heures dans la période : réservations commençant dans la période. Prévues, réalisées, "
                                "restantes : tout le mandat. Valeur : heures réalisées × taux, avant taxes.",
                                "Hours in the period: bookings starting in the period. Planned, done, left: the whole "
                                "engagement. Value: hours done × rate, before taxes."),
    "report.rule.none": ("aucun", "none"),
    "report.rule.all": ("toutes les heures restantes", "all hours left"),
    "report.rule.cap": ("jusqu'à {cap}", "up to {cap}"),
    "report.total": ("Total", "Total"),
    "report.internal": ("Temps interne", "Internal time"),
    "report.col.key": ("Clé", "Key"),
    "report.col.name": ("Nom", "Name"),
    "report.col.specialist": ("Spécialiste", "Specialist"),
    "report.col.member": ("Membre", "Member"),
    "report.col.expected": ("Heures attendues", "Expected hours"),
    "report.col.confirmed": ("Heures confirmées", "Confirmed hours"),
    "report.col.tentative": ("Heures provisoires", "Tentative hours"),
    "report.col.booked": ("Heures réservées", "Booked hours"),
    "report.col.done": ("Heures réalisées", "Hours done"),
    "report.col.utilisation": ("Taux d'utilisation", "Utilisation"),
    "report.col.absence_days": ("Jours d'absence", "Days of absence"),
    "report.col.closed_days": ("Jours fériés ou fermés", "Holidays and closures (days)"),
    "report.col.bank": ("Banque annuelle", "Yearly bank"),
    "report.col.carried_in": ("Report reçu", "Carried in"),
    "report.col.available": ("Disponible", "Available"),
    "report.col.used": ("Utilisées", "Used"),
    "report.col.planned": ("Prévues", "Planned"),
    "report.col.left": ("Restantes", "Left"),
    "report.col.carry_out": ("Report à l'exercice suivant", "Carried to next year"),
    "report.col.share_used": ("Part utilisée ou prévue", "Share used or planned"),
    "report.col.number": ("Numéro", "Number"),
    "report.col.title": ("Titre", "Title"),
    "report.col.domain": ("Domaine", "Domain"),
    "report.col.lead": ("Responsable", "Lead"),
    "report.col.status": ("Statut", "Status"),
    "report.col.budget": ("Budget (h)", "Budget (h)"),
    "report.col.in_range": ("Heures dans la période", "Hours in the period"),
    "report.col.rate": ("Taux horaire", "Hourly rate"),
    "report.col.value_done": ("Valeur réalisée", "Value of work done"),
})


@dataclasses.dataclass(frozen=True)
class Column:
    key: str
    kind: str
    label: str | None = None   # a literal header (pivot: a member's short name)

    def header(self, lang: str) -> str:
        return self.label if self.label is not None else tr(f"report.col.{self.key}", lang)


@dataclasses.dataclass(frozen=True)
class Table:
    """One view: its name, a note saying what is counted, typed columns, rows and the totals row."""

    key: str
    title: str
    note: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]
    total: tuple[Any, ...]

    def headers(self, lang: str) -> list[str]:
        return [c.header(lang) for c in self.columns]


def ratio(part: Decimal, whole: Decimal | None) -> Decimal | None:
    """part / whole to four places (0.8750), None when there is nothing to divide by."""
    if whole is None or whole <= 0:
        return None
    return (part / whole).quantize(Decimal("0.0001"))


def _sum(values) -> Decimal | None:
    """The sum of the values present; None when none is (a column nobody has a value in)."""
    present = [v for v in values if v is not None]
    return sum(present, _ZERO) if present else None


def _total(values) -> Decimal:
    """The sum of the values present, 0.00 when none is."""
    return sum((v for v in values if v is not None), _ZERO)


def specialist_table(report: HoursReport, lang: str) -> Table:
    cols = (Column("key", TEXT), Column("name", TEXT), Column("expected", HOURS), Column("confirmed", HOURS),
            Column("tentative", HOURS), Column("booked", HOURS), Column("utilisation", PERCENT),
            Column("absence_days", COUNT), Column("closed_days", COUNT))
    ss = report.specialists
    rows = tuple((s.key, s.name, s.expected, s.confirmed, s.tentative, s.booked, s.utilisation, s.absence_days,
                  s.closed_days) for s in ss)
    expected, booked = _total(s.expected for s in ss), _total(s.booked for s in ss)
    total = (tr("report.total", lang), "", expected, _total(s.confirmed for s in ss), _total(s.tentative for s in ss),
             booked, ratio(booked, expected), sum(s.absence_days for s in ss), sum(s.closed_days for s in ss))
    return Table("specialists", tr("report.view.specialists", lang), tr("report.note.specialists", lang),
                 cols, rows, total)


def member_table(report: HoursReport, lang: str) -> Table:
    cols = (Column("key", TEXT), Column("name", TEXT), Column("confirmed", HOURS), Column("tentative", HOURS),
            Column("booked", HOURS), Column("done", HOURS), Column("bank", HOURS), Column("carried_in", HOURS),
            Column("available", HOURS), Column("used", HOURS), Column("planned", HOURS), Column("left", HOURS),
            Column("carry_out", HOURS), Column("share_used", PERCENT))
    ms = report.members
    rows = tuple((m.key, m.name, m.confirmed, m.tentative, m.booked, m.done, m.bank, m.carried_in, m.available,
                  m.used, m.planned, m.left, m.carry_out, m.share_used) for m in ms)
    used, planned, available = (_sum(getattr(m, n) for m in ms) for n in ("used", "planned", "available"))
    total = (tr("report.total", lang), "", _total(m.confirmed for m in ms), _total(m.tentative for m in ms),
             _total(m.booked for m in ms), _total(m.done for m in ms), _sum(m.bank for m in ms),
             _sum(m.carried_in for m in ms), available, used, planned, _sum(m.left for m in ms),
             _sum(m.carry_out for m in ms), None if available is None else ratio(used + planned, available))
    rule = tr(f"report.rule.{report.carry_rule}", lang, cap=format_hours(report.carry_cap or 0, lang))
    note = tr("report.note.members", lang, first=format_date(report.fiscal_first, lang),
              last=format_date(report.fiscal_last, lang), rule=rule)
    return Table("members", tr("report.view.members", lang), note, cols, rows, total)


def pivot_tables(report: HoursReport, lang: str) -> tuple[Table, Table]:
    members = report.pivot_members()
    ids: list[int | None] = [m.member_id for m in members] + [None]
    cols = ((Column("specialist", TEXT),) + tuple(Column(f"m{m.member_id}", HOURS, m.name) for m in members)
            + (Column("internal", HOURS, tr("report.internal", lang)), Column("total", HOURS, tr("report.total", lang))))
    people = report.pivot_specialists()
    hours = [[report.pivot_hours(s.specialist_id, mid) for mid in ids] for s in people]
    rows = tuple((s.name, *h, sum(h, _ZERO)) for s, h in zip(people, hours))
    col_totals = [sum((h[i] for h in hours), _ZERO) for i in range(len(ids))]
    grand = sum(col_totals, _ZERO)
    total = (tr("report.total", lang), *col_totals, grand)
    pivot = Table("pivot", tr("report.view.pivot", lang), tr("report.note.pivot", lang), cols, rows, total)
    pcols = tuple(c if c.kind == TEXT else dataclasses.replace(c, kind=PERCENT) for c in cols)
    prows = tuple((row[0], *(ratio(v, row[-1]) for v in row[1:])) for row in rows)
    ptotal = (total[0], *(ratio(v, grand) for v in total[1:]))
    share = Table("share", tr("report.view.share", lang), tr("report.note.share", lang), pcols, prows, ptotal)
    return pivot, share


def engagement_table(report: HoursReport, lang: str) -> Table:
    cols = (Column("number", TEXT), Column("title", TEXT), Column("member", TEXT), Column("domain", TEXT),
            Column("lead", TEXT), Column("status", TEXT), Column("budget", HOURS), Column("in_range", HOURS),
            Column("planned", HOURS), Column("done", HOURS), Column("left", HOURS), Column("rate", MONEY),
            Column("value_done", MONEY))
    es = report.engagements
    rows = tuple((e.number, e.title, e.member, e.domain(lang), e.lead or "", status_label(e.status).text(lang), e.budget,
                  e.in_range, e.planned, e.done, e.left, e.rate, e.value_done) for e in es)
    total = (tr("report.total", lang), "", "", "", "", "", _sum(e.budget for e in es),
             _total(e.in_range for e in es), _total(e.planned for e in es), _total(e.done for e in es),
             _sum(e.left for e in es), None, _sum(e.value_done for e in es))
    return Table("engagements", tr("report.view.engagements", lang), tr("report.note.engagements", lang),
                 cols, rows, total)


def report_tables(report: HoursReport, lang: str = "fr") -> list[Table]:
    """Specialists, members, pivot (h), pivot (%), engagements."""
    pivot, share = pivot_tables(report, lang)
    return [specialist_table(report, lang), member_table(report, lang), pivot, share, engagement_table(report, lang)]


__all__ = ["COUNT", "Column", "HOURS", "MONEY", "PERCENT", "TEXT", "Table", "engagement_table", "member_table",
           "pivot_tables", "ratio", "report_tables", "specialist_table"]
