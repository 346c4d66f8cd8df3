"""The body of the engagement letter as reportlab flowables, section by section.

All text, the letter's own words and the data alike, is drawn literally (PlainText or plain
table cells): nothing is ever parsed as markup, so `<`, `>`, `&`, quotes, « » and œ print as
typed. The words are in `letters.texts` (French and English); numbers, money, dates and times
use the domain's Quebec formatting. Sections without data are omitted (context, planned
sessions) or worded generically (scope, deliverables, exclusions, dates).
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from crec_desktop.domain.formatting import MONTHS_EN, MONTHS_FR_SHORT, format_date, format_hours, format_time
from crec_desktop.domain.messages import tr
from crec_desktop.domain.money import TPS_RATE, TVQ_RATE, format_money, format_rate
from crec_desktop.letters import texts  # noqa: F401 - defines the letter's messages
from crec_desktop.letters.data import LetterData
from crec_desktop.letters.flowables import PlainText
from crec_desktop.letters.fonts import BOLD, REGULAR
from crec_desktop.letters.grid import LEFT, RIGHT, Grid, Row
from crec_desktop.letters.styles import BRAND, GREY, ROW_TINT, RULE, TEXT_WIDTH, Styles

CELL_PAD = 6  # reportlab pads table cells by 6 points left and right
WEEKDAYS_FR_SHORT = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")
WEEKDAYS_EN_SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def session_date(day: dt.date, lang: str) -> str:
    """mer. 2 déc. 2026 / Wed, Dec 2, 2026."""
    if lang == "en":
        return f"{WEEKDAYS_EN_SHORT[day.weekday()]}, {MONTHS_EN[day.month - 1][:3]} {day.day}, {day.year}"
    return f"{WEEKDAYS_FR_SHORT[day.weekday()]} {day.day} {MONTHS_FR_SHORT[day.month - 1]} {day.year}"


def fit(text: str, style, width: float) -> str | PlainText:
    """A table cell: the string itself when it fits on one line, else text that wraps."""
    if "\n" not in text and stringWidth(text, style.fontName, style.fontSize) <= width - 2 * CELL_PAD:
        return text
    return PlainText(text, style)


def typed_blocks(value: str, style) -> list[Flowable]:
    """Typed text: a blank line starts a new paragraph, a single line break stays a line break."""
    normalised = value.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    return [PlainText(b.strip("\n"), style) for b in normalised.split("\n\n") if b.strip()]


def present(value: str | None) -> bool:
    return bool(value and value.strip())


class Builder:
    """Builds the story of one letter in one language."""

    def __init__(self, data: LetterData, lang: str, st: Styles):
        self.data, self.lang, self.st = data, lang, st
        self.number = 0
        self.story: list[Flowable] = []

    def add(self, *flowables: Flowable) -> None:
        self.story.extend(flowables)

    def p(self, key: str, style=None, **params: Any) -> PlainText:
        return PlainText(tr(key, self.lang, **params), style or self.st.body)

    def heading(self, key: str) -> PlainText:
        self.number += 1
        return PlainText(f"{self.number}. {tr(key, self.lang)}", self.st.heading)

    def money(self, amount) -> str:
        return format_money(amount, self.lang)

    def hours(self, hours) -> str:
        return format_hours(hours, self.lang)

    def date(self, day: dt.date) -> str:
        return format_date(day, self.lang)

    # --- the letter, top to bottom -------------------------------------------------------------

    def build(self) -> list[Flowable]:
        for part in (self.opening, self.context, self.scope, self.deliverables, self.duration,
                     self.specialists, self.sessions, self.fees, self.clauses, self.signatures):
            part()
        return self.story

    def opening(self) -> None:
        d, lang, st = self.data, self.lang, self.st
        org, rec = d.organisation, d.recipient
        if org.city:
            self.add(self.p("letter.place_date", st.right, city=org.city, date=self.date(d.letter_date)))
        else:
            self.add(self.p("letter.date_only", st.right, date=self.date(d.letter_date)))
        if d.version is None:
            self.add(self.p("letter.reference_draft", number=d.number))
        else:
            self.add(self.p("letter.reference", number=d.number, version=d.version))
        self.add(Spacer(1, 6))
        for line in (rec.contact_name, rec.contact_title):
            if present(line):
                self.add(PlainText(line, st.tight))
        self.add(PlainText(rec.name, st.tight_bold))
        if present(rec.address):
            self.add(PlainText(rec.address.strip(), st.tight))
        self.add(Spacer(1, 14), self.p("letter.subject", st.subject, title=d.title))
        if lang == "en" and present(rec.contact_name):
            self.add(self.p("letter.salutation_named", name=rec.contact_name))
        else:
            self.add(self.p("letter.salutation"))
        self.add(self.p("letter.intro", title=d.title), self.parties_table())

    def parties_table(self) -> Table:
        d, lang, st = self.data, self.lang, self.st
        widths = [3.2 * cm, TEXT_WIDTH - 3.2 * cm]
        rows, style = [], []
        for label, party, name, title in (
            ("letter.party.provider", d.organisation.name, d.organisation.signatory_name, d.organisation.signatory_title),
            ("letter.party.member", d.recipient.name, d.recipient.contact_name, d.recipient.contact_title),
        ):
            style.append(("FONT", (0, len(rows)), (-1, len(rows)), BOLD, st.cell.fontSize, st.cell.leading))
            rows.append([tr(label, lang), fit(party, st.cell_bold, widths[1])])
            who = ", ".join(x for x in (name, title) if present(x))
            if who:
                rows.append(["", fit(tr("letter.party.signatory", lang, who=who), st.cell, widths[1])])
                style.append(("TOPPADDING", (0, len(rows) - 1), (-1, len(rows) - 1), 0))
        table = Table(rows, colWidths=widths, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), REGULAR, st.cell.fontSize, st.cell.leading),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBEFORE", (0, 0), (0, -1), 2, BRAND),
            ("BACKGROUND", (0, 0), (-1, -1), ROW_TINT),
            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            *style,
        ]))
        return table

    def context(self) -> None:
        if present(self.data.context):
            self.add(self.heading("letter.h.context"), *typed_blocks(self.data.context, self.st.body))

    def scope(self) -> None:
        d = self.data
        self.add(self.heading("letter.h.scope"))
        if present(d.scope):
            self.add(*typed_blocks(d.scope, self.st.body))
        else:
            domain = tr("letter.scope_domain", self.lang, domain=d.domain.text(self.lang)) if d.domain else ""
            self.add(self.p("letter.scope_generic", title=d.title, domain=domain))

    def deliverables(self) -> None:
        d, st = self.data, self.st
        self.add(self.heading("letter.h.deliverables"))
        for label, value, generic in (("letter.deliverables_label", d.deliverables, "letter.deliverables_generic"),
                                      ("letter.exclusions_label", d.exclusions, "letter.exclusions_generic")):
            self.add(self.p(label, st.label))
            if present(value):
                self.add(*typed_blocks(value, st.body))
            else:
                self.add(self.p(generic))

    def duration(self) -> None:
        d, lang = self.data, self.lang
        self.add(self.heading("letter.h.duration"))
        if d.start_date and d.end_date:
            parts = [tr("letter.dates_both", lang, start=self.date(d.start_date), end=self.date(d.end_date))]
        elif d.start_date:
            parts = [tr("letter.dates_start", lang, start=self.date(d.start_date))]
        elif d.end_date:
            parts = [tr("letter.dates_end", lang, end=self.date(d.end_date))]
        else:
            parts = [tr("letter.dates_none", lang)]
        if d.budget_hours is not None:
            parts.append(tr("letter.dates_budget", lang, hours=self.hours(d.budget_hours)))
        if len(d.sessions) == 1:
            parts.append(tr("letter.dates_one_session", lang, first=self.date(d.sessions[0].day)))
        elif d.sessions:
            days = [s.day for s in d.sessions]
            parts.append(tr("letter.dates_sessions", lang, count=len(d.sessions),
                            first=self.date(min(days)), last=self.date(max(days))))
        self.add(PlainText(" ".join(parts), self.st.body))

    def specialists(self) -> None:
        d, lang, st = self.data, self.lang, self.st
        self.add(self.heading("letter.h.specialists"))
        if not d.specialists:
            self.add(self.p("letter.specialists_none"))
            return
        self.add(self.p("letter.specialists_intro"))
        for person in d.specialists:
            name = tr("letter.lead", lang, name=person.name) if person.lead else person.name
            details = [x for x in (person.title, ", ".join(x.text(lang) for x in person.domains)) if present(x)]
            self.add(PlainText(name, st.item_name if details else st.item_name_last))
            if details:
                self.add(PlainText(" — ".join(details), st.item))

    def sessions(self) -> None:
        d, lang, st = self.data, self.lang, self.st
        if not d.sessions:
            return
        head = [tr(k, lang) for k in ("letter.col.date", "letter.col.time", "letter.col.hours",
                                      "letter.col.specialist", "letter.col.location")]
        size = st.cell.fontSize
        fixed = [(session_date(x.day, lang), f"{format_time(x.start, lang)} – {format_time(x.end, lang)}",
                  self.hours(x.hours)) for x in d.sessions]
        # Date, time and hours never wrap: their columns take the width of their widest entry
        # (bold for the header); the specialist and the location share what is left.
        widths = [max([stringWidth(h, BOLD, size)] + [stringWidth(row[c], REGULAR, size) for row in fixed])
                  + 2 * CELL_PAD + 1 for c, h in enumerate(head[:3])]
        widths[2] = max(widths[2], stringWidth(self.hours(d.session_hours), BOLD, size) + 2 * CELL_PAD + 1)
        rest = TEXT_WIDTH - sum(widths)
        names = max(stringWidth(x.specialist, REGULAR, size) for x in d.sessions) + 2 * CELL_PAD + 1
        places = max(stringWidth(x.location or "", REGULAR, size) for x in d.sessions) + 2 * CELL_PAD + 1
        # Names whole if the places can have at least what they need or half of the rest.
        specialist = names if names + min(places, rest / 2) <= rest else rest * names / (names + places)
        widths += [specialist, rest - specialist]
        thin = (0.4, RULE)
        rows = []
        for x, (day, when, hours) in zip(d.sessions, fixed):
            if x.tentative:
                when += "\n" + tr("letter.tentative", lang)
            rows.append(Row([day, when, hours, x.specialist, x.location or ""], REGULAR, rule_below=thin,
                            cell_colours={1: GREY} if x.tentative else None))
        rows[-1].rule_below = None
        rows.append(Row([tr("letter.sessions_total", lang), "", self.hours(d.session_hours), "", ""], BOLD,
                        rule_above=(0.9, BRAND)))
        table = Grid(widths, rows, header=Row(head, BOLD, colour=colors.white, background=BRAND),
                     aligns=[LEFT, LEFT, RIGHT, LEFT, LEFT], size=size, leading=st.cell.leading)
        # Keep the heading with the table's first rows only: a long table starts on this page.
        heading = self.heading("letter.h.sessions")
        heading.keepWithNext = 0
        self.add(CondPageBreak(st.heading.spaceBefore + st.heading.leading + 5 * (st.cell.leading + 6)), heading, table)
        if any(s.tentative for s in d.sessions):
            self.add(Spacer(1, 3), self.p("letter.sessions_note", st.note))

    def fees(self) -> None:
        d, lang, st = self.data, self.lang, self.st
        heading = self.heading("letter.h.fees")
        fees = d.fees()
        if d.hourly_rate is None:
            self.add(heading, self.p("letter.fees.no_rate"))
            return
        if fees is None:
            key = "letter.fees.no_hours" if d.taxable else "letter.fees.no_hours_exempt"
            self.add(heading, self.p(key, rate=self.money(d.hourly_rate)))
            return
        estimate = d.is_estimate
        block: list[Flowable] = [heading, self.p("letter.fees.intro_estimate" if estimate else "letter.fees.intro")]
        sub_key = ("letter.fees.subtotal" if not estimate else
                   "letter.fees.subtotal_estimate" if d.taxable else "letter.fees.subtotal_estimate_exempt")
        rows = [(tr(sub_key, lang, hours=self.hours(fees.hours), rate=self.money(fees.rate)), self.money(fees.subtotal))]
        org = d.organisation
        if d.taxable:
            for key, rate, number, amount in (("tps", TPS_RATE, org.gst_number, fees.tps),
                                              ("tvq", TVQ_RATE, org.qst_number, fees.tvq)):
                suffix = "_number" if present(number) else ""
                rows.append((tr(f"letter.fees.{key}{suffix}", lang, rate=format_rate(rate, lang), number=number),
                             self.money(amount)))
        else:
            rows.append((tr("letter.fees.no_tax", lang), tr("letter.fees.no_tax_value", lang)))
        rows.append((tr("letter.fees.total_estimate" if estimate else "letter.fees.total", lang),
                     self.money(fees.total)))
        thin = (0.4, RULE)
        lines = [Row([label, amount], REGULAR, rule_below=thin) for label, amount in rows[:-1]]
        lines[-1].rule_below = None
        lines.append(Row(list(rows[-1]), BOLD, background=ROW_TINT, rule_above=(0.9, BRAND)))
        table = Grid([TEXT_WIDTH - 4 * cm, 4 * cm], lines, aligns=[LEFT, RIGHT], size=st.cell.fontSize,
                     leading=st.cell.leading)
        block.append(table)
        note = ("letter.fees.estimate_note" if d.taxable else "letter.fees.estimate_note_exempt") if estimate else (
            None if d.taxable else "letter.fees.exempt_note")
        if note:
            block += [Spacer(1, 3), self.p(note, st.note)]
        self.add(KeepTogether(block))  # amounts and taxes never split from each other

    def clauses(self) -> None:
        days = self.data.organisation.payment_terms_days
        self.add(self.heading("letter.h.payment"), self.p("letter.payment", days=days))
        for key in ("ownership", "confidentiality", "termination"):
            self.add(self.heading(f"letter.h.{key}"), self.p(f"letter.{key}"))

    def signatures(self) -> None:
        """The closing, then the acceptance heading and both signature blocks, kept on one page."""
        d, lang, st = self.data, self.lang, self.st
        org, rec = d.organisation, d.recipient
        gap = 1.0 * cm
        half = (TEXT_WIDTH - gap) / 2
        rows = [
            [fit(org.name, st.sign_bold, half), "", fit(rec.name, st.sign_bold, half)],
            ["", "", ""],
            *([fit(f"{tr(key, lang)} {a or ''}".rstrip(), st.sign, half), "",
               fit(f"{tr(key, lang)} {b or ''}".rstrip(), st.sign, half)]
              for key, a, b in (("letter.sign.name", org.signatory_name, rec.contact_name),
                                ("letter.sign.title", org.signatory_title, rec.contact_title),
                                ("letter.sign.date", None, None))),
        ]
        table = Table(rows, colWidths=[half, gap, half], rowHeights=[None, 1.5 * cm, None, None, None],
                      hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), REGULAR, st.sign.fontSize, st.sign.leading),
            ("FONT", (0, 0), (-1, 0), BOLD, st.sign.fontSize, st.sign.leading),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 1), (0, 1), 0.8, colors.black),
            ("LINEBELOW", (2, 1), (2, 1), 0.8, colors.black),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 2),
        ]))
        self.add(KeepTogether([self.p("letter.closing"), Spacer(1, 4), self.heading("letter.h.acceptance"),
                               self.p("letter.acceptance"), Spacer(1, 4), table]))


def build_story(data: LetterData, lang: str, st: Styles) -> list[Flowable]:
    return Builder(data, lang, st).build()
