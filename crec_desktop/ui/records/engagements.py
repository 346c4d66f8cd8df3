"""The engagements' list: number, title, member, domain, lead, status, dates, and hours against
the budget. Managers and administrators add and change them; the status moves in the form,
one step at a time."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtGui import QColor

from crec_desktop.domain import workflow
from crec_desktop.services import engagements as service
from crec_desktop.services import permissions
from crec_desktop.ui.records.context import Words
from crec_desktop.ui.records.list_view import RecordListView
from crec_desktop.ui.records.table import Column, RecordTableModel

STATUS_COLOURS = {
    "draft": QColor("#eceff3"), "sent": QColor("#e3ecfa"), "signed": QColor("#e0f0ea"),
    "in_progress": QColor("#dcefdc"), "completed": QColor("#f0f0f0"), "cancelled": QColor("#f6e0dc"),
}


def progress(row) -> Decimal | None:
    """Planned hours over the budget (None without a budget)."""
    if not row.budget_hours:
        return None
    return (row.planned_hours / row.budget_hours).quantize(Decimal("0.01"))


def progress_colour(row) -> QColor | None:
    ratio = progress(row)
    if ratio is None:
        return None
    if ratio > 1:
        return QColor("#f6cdc6")
    if ratio >= Decimal("0.9"):
        return QColor("#fbe7c2")
    return None


class EngagementModel(RecordTableModel):
    def is_active(self, row) -> bool:
        return row.status not in workflow.FINAL

    def extra_search(self, row) -> str:
        return row.member_name

    def make_columns(self) -> list[Column]:
        ctx, words = self.ctx, Words(self)
        return [
            Column("number", self.tr("Numéro"), lambda r: r.number, sort=lambda r: r.number),
            Column("title", self.tr("Titre"), lambda r: r.title, tip=lambda r: r.title),
            Column("member", self.tr("Membre"), lambda r: r.member_label, tip=lambda r: r.member_name),
            Column("domain", self.tr("Domaine"), lambda r: ctx.domain_name(r.domain_code)),
            Column("lead", self.tr("Responsable"), lambda r: r.lead_name or ""),
            Column("status", self.tr("Statut"), lambda r: words.status(r.status),
                   sort=lambda r: workflow.STATUSES.index(r.status) if r.status in workflow.STATUSES else 99,
                   background=lambda r: STATUS_COLOURS.get(r.status)),
            Column("start", self.tr("Début"), lambda r: ctx.date(r.start_date), sort=lambda r: r.start_date,
                   hidden=True),
            Column("end", self.tr("Fin"), lambda r: ctx.date(r.end_date), sort=lambda r: r.end_date),
            Column("budget", self.tr("Budget"), lambda r: ctx.hours(r.budget_hours), sort=lambda r: r.budget_hours,
                   number=True),
            Column("planned", self.tr("Planifiées"), lambda r: ctx.hours(r.planned_hours),
                   sort=lambda r: r.planned_hours, number=True,
                   tip=lambda r: self.tr("Confirmées et provisoires, dont %1 provisoires").replace(
                       "%1", ctx.hours(r.tentative_hours))),
            Column("done", self.tr("Faites"), lambda r: ctx.hours(r.done_hours), sort=lambda r: r.done_hours,
                   number=True),
            Column("progress", self.tr("% du budget"), lambda r: ctx.percent(progress(r)) if r.budget_hours else "",
                   sort=progress, number=True, background=progress_colour),
            Column("rate", self.tr("Taux horaire"), lambda r: ctx.money(r.hourly_rate), sort=lambda r: r.hourly_rate,
                   number=True, hidden=True),
            Column("language", self.tr("Langue"), lambda r: words.language(r.language), hidden=True),
            Column("letters", self.tr("Lettres émises"), lambda r: str(r.letters) if r.letters else "",
                   sort=lambda r: r.letters, number=True, hidden=True),
        ]


class EngagementList(RecordListView):
    name = "engagements"
    default_sort = ("number", False)

    def make_model(self):
        return EngagementModel(self.ctx, self)

    def row_key(self, row):
        return row.number

    def filters(self):
        out = [("open", self.tr("Mandats ouverts"), lambda r: r.status in workflow.OPEN)]
        for status in workflow.STATUSES:
            out.append((status, self.words.status(status).capitalize(), lambda r, s=status: r.status == s))
        out.append(("all", self.tr("Tous les mandats"), None))
        return out

    def load_rows(self):
        return service.list_engagements(self.ctx.db)

    def make_buttons(self) -> None:
        editable = self.ctx.may(permissions.ENGAGEMENT_EDIT)
        tip = "" if editable else self.ctx.refusal(permissions.ENGAGEMENT_EDIT)
        self.new_button = self.add_button(self.tr("Nouveau mandat…"), self.new_record, tip=tip)
        self.open_button = self.add_button(self.tr("Ouvrir…"), self.open_selected)
        self.delete_button = self.add_button(self.tr("Supprimer…"), self.delete_selected, tip=tip)
        self.new_button.setEnabled(editable)
        self.update_buttons()

    def update_buttons(self) -> None:
        if not hasattr(self, "delete_button"):
            return
        row = self.selected_row()
        self.open_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None and self.ctx.may(permissions.ENGAGEMENT_EDIT))

    def editor(self):
        from crec_desktop.ui.records.engagement_dialog import EngagementDialog  # noqa: PLC0415

        return EngagementDialog

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is not None and self.confirm(
                self.tr("Supprimer le mandat"),
                self.tr("Supprimer définitivement le mandat %1 ?").replace("%1", row.number)):
            self.apply(service.delete_engagement, row, refused_title=self.tr("Suppression refusée"))
