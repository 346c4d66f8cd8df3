"""The absences' list: whose, when, how many working days, what kind. Specialists add and
change their own; coordinators and above anyone's."""
from __future__ import annotations

from crec_desktop.services import absences as service
from crec_desktop.services import permissions
from crec_desktop.services.absence_list import list_absences
from crec_desktop.ui.records.context import Words
from crec_desktop.ui.records.list_view import RecordListView
from crec_desktop.ui.records.table import Column, RecordTableModel


class AbsenceModel(RecordTableModel):
    def is_active(self, row) -> bool:
        return row.specialist_active

    def make_columns(self) -> list[Column]:
        ctx, words = self.ctx, Words(self)
        return [
            Column("specialist", self.tr("Spécialiste"), lambda r: r.specialist_name),
            Column("kind", self.tr("Type"), lambda r: words.absence_kind(r.kind)),
            Column("start", self.tr("Du"), lambda r: ctx.date(r.start_date), sort=lambda r: r.start_date),
            Column("end", self.tr("Au"), lambda r: ctx.date(r.end_date), sort=lambda r: r.end_date),
            Column("days", self.tr("Jours ouvrables"), lambda r: str(r.working_days), sort=lambda r: r.working_days,
                   number=True, tip=lambda r: self.tr("Jours de semaine, jours fériés et fermetures exclus")),
            Column("note", self.tr("Note"), lambda r: (r.note or "").replace("\n", " ")),
        ]


class AbsenceList(RecordListView):
    name = "absences"
    default_sort = ("start", True)

    def make_model(self):
        return AbsenceModel(self.ctx, self)

    def row_key(self, row):
        return row.id

    def filters(self):
        today = self.ctx.day()
        return [("current", self.tr("En cours et à venir"), lambda r: r.end_date >= today),
                ("past", self.tr("Passées"), lambda r: r.end_date < today),
                ("all", self.tr("Toutes les absences"), None)]

    def load_rows(self):
        return list_absences(self.ctx.db)

    def make_buttons(self) -> None:
        self.new_button = self.add_button(self.tr("Nouvelle absence…"), self.new_record)
        self.open_button = self.add_button(self.tr("Modifier…"), self.open_selected)
        self.delete_button = self.add_button(self.tr("Supprimer…"), self.delete_selected)
        own = self.ctx.user is not None and self.ctx.user.specialist_id is not None
        self.new_button.setEnabled(self.ctx.may(permissions.ABSENCE_EDIT) or (
            own and self.ctx.may(permissions.ABSENCE_EDIT, self.ctx.user.specialist_id)))
        self.update_buttons()

    def update_buttons(self) -> None:
        if not hasattr(self, "delete_button"):
            return
        row = self.selected_row()
        self.open_button.setEnabled(row is not None)
        mine = row is not None and self.ctx.may(permissions.ABSENCE_EDIT, row.specialist_id)
        self.open_button.setText(self.tr("Modifier…") if mine or row is None else self.tr("Consulter…"))
        self.delete_button.setEnabled(mine)

    def editor(self):
        from crec_desktop.ui.records.absence_dialog import AbsenceDialog  # noqa: PLC0415

        return AbsenceDialog

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is not None and self.confirm(
                self.tr("Supprimer l'absence"),
                self.tr("Supprimer l'absence de %1 du %2 au %3 ?").replace("%1", row.specialist_name)
                .replace("%2", self.ctx.long_date(row.start_date)).replace("%3", self.ctx.long_date(row.end_date))):
            self.apply(service.delete_absence, row)
