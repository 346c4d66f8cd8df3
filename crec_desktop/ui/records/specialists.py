"""The specialists' list: who they are, their domains, role, rate, hours and this month's load.
Administrators add, change, deactivate (or delete, without history); everyone else reads."""
from __future__ import annotations

from crec_desktop.domain.formatting import format_time
from crec_desktop.services import permissions
from crec_desktop.services import specialists as service
from crec_desktop.ui.overview_view import load_colour  # the overview's heat scale, the same here
from crec_desktop.ui.records.context import Words
from crec_desktop.ui.records.list_view import RecordListView
from crec_desktop.ui.records.table import Column, RecordTableModel


class SpecialistModel(RecordTableModel):
    def make_columns(self) -> list[Column]:
        ctx, lang = self.ctx, self.lang
        words = Words(self)
        return [
            Column("name", self.tr("Nom"), lambda r: r.name, colour=lambda r: r.colour),
            Column("title", self.tr("Titre"), lambda r: r.title or ""),
            Column("domains", self.tr("Domaines"), lambda r: ", ".join(ctx.domain_name(c) for c in r.domains)),
            Column("role", self.tr("Rôle"), lambda r: words.role(r.role)),
            Column("login", self.tr("Connexion"), lambda r: r.login or "", hidden=True),
            Column("email", self.tr("Courriel"), lambda r: r.email or "", hidden=True),
            Column("phone", self.tr("Téléphone"), lambda r: r.phone or "", hidden=True),
            Column("rate", self.tr("Taux horaire"), lambda r: ctx.money(r.hourly_rate), sort=lambda r: r.hourly_rate,
                   number=True),
            Column("weekly_hours", self.tr("Heures/sem."), lambda r: ctx.hours(r.weekly_hours),
                   sort=lambda r: r.weekly_hours, number=True),
            Column("workday", self.tr("Horaire"), lambda r: f"{format_time(r.workday_start, lang)} – "
                                                           f"{format_time(r.workday_end, lang)}",
                   sort=lambda r: (r.workday_start, r.workday_end), hidden=True),
            Column("load", self.tr("Charge du mois"), lambda r: ctx.percent(r.month_load) if r.active else "",
                   sort=lambda r: r.month_load if r.active else None, number=True,
                   background=lambda r: load_colour(r.month_load) if r.active else None,
                   tip=lambda r: self.tr("%1 réservées sur %2 attendues ce mois-ci").replace(
                       "%1", ctx.hours(r.month_booked)).replace("%2", ctx.hours(r.month_expected))
                   if r.month_booked is not None else None),
            Column("active", self.tr("Actif"), lambda r: words.yes_no(r.active), hidden=True),
            Column("key", self.tr("Identifiant"), lambda r: r.key, hidden=True),
        ]


class SpecialistList(RecordListView):
    name = "specialists"

    def make_model(self):
        return SpecialistModel(self.ctx, self)

    def filters(self):
        return [("active", self.tr("Spécialistes actifs"), lambda r: r.active),
                ("inactive", self.tr("Spécialistes inactifs"), lambda r: not r.active),
                ("all", self.tr("Tous les spécialistes"), None)]

    def load_rows(self):
        return service.list_specialists(self.ctx.db, today=self.ctx.day())

    def make_buttons(self) -> None:
        editable = self.ctx.may(permissions.SPECIALIST_EDIT)
        tip = "" if editable else self.ctx.refusal(permissions.SPECIALIST_EDIT)
        self.new_button = self.add_button(self.tr("Nouveau spécialiste…"), self.new_record, tip=tip)
        self.open_button = self.add_button(self.tr("Modifier…") if editable else self.tr("Consulter…"),
                                           self.open_selected)
        self.active_button = self.add_button(self.tr("Désactiver"), self.toggle_active, tip=tip)
        self.delete_button = self.add_button(self.tr("Supprimer…"), self.delete_selected, tip=tip)
        self.new_button.setEnabled(editable)
        self.update_buttons()

    def update_buttons(self) -> None:
        if not hasattr(self, "delete_button"):
            return
        row = self.selected_row()
        editable = self.ctx.may(permissions.SPECIALIST_EDIT)
        self.open_button.setEnabled(row is not None)
        self.active_button.setEnabled(editable and row is not None)
        self.delete_button.setEnabled(editable and row is not None)
        self.active_button.setText(self.tr("Réactiver") if row is not None and not row.active else self.tr("Désactiver"))

    def editor(self):
        from crec_desktop.ui.records.specialist_dialog import SpecialistDialog  # noqa: PLC0415

        return SpecialistDialog

    def open_row(self, row) -> None:
        self.edit(row.key, on_absences=self.changed.emit)  # absences changed in the form: the other views follow

    def toggle_active(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.apply(service.deactivate_specialist if row.active else service.reactivate_specialist, row)

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is not None and self.confirm(self.tr("Supprimer le spécialiste"),
                                            self.tr("Supprimer définitivement « %1 » ?").replace("%1", row.name)):
            self.apply(service.delete_specialist, row, refused_title=self.tr("Suppression refusée"))
