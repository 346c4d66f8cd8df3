"""The member's form: name, kind, sector, region, contact, address, yearly hour bank — and beside
it the hour bank of the current fiscal year (used, planned, left, what carries over) and the
years before it.

    outcome = MemberDialog.ask(parent, ctx, "fcsdq")   # or None for a new member
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crec_desktop.domain import validation as v
from crec_desktop.domain.messages import Message
from crec_desktop.domain.regions import REGIONS
from crec_desktop.services import members as service
from crec_desktop.services import permissions
from crec_desktop.services.hour_bank import member_hour_bank
from crec_desktop.services.members import MemberState
from crec_desktop.ui.records.context import MEMBER_KIND_CODES, RecordsContext
from crec_desktop.ui.records.forms import RecordDialog, form_page, section_title
from crec_desktop.ui.records.table import Column, RecordTableModel


class BankYearsModel(RecordTableModel):
    """One row per fiscal year of the member's hour bank, oldest first."""

    def make_columns(self) -> list[Column]:
        ctx = self.ctx
        return [
            Column("year", self.tr("Exercice"), lambda y: f"{y.first.year}-{y.last.year}", sort=lambda y: y.first),
            Column("available", self.tr("Disponibles"), lambda y: ctx.hours(y.available), sort=lambda y: y.available,
                   number=True, tip=lambda y: self.tr("Banque %1 + report %2").replace("%1", ctx.hours(y.bank))
                   .replace("%2", ctx.hours(y.carried_in))),
            Column("used", self.tr("Utilisées"), lambda y: ctx.hours(y.used), sort=lambda y: y.used, number=True),
            Column("planned", self.tr("Prévues"), lambda y: ctx.hours(y.planned), sort=lambda y: y.planned, number=True),
            Column("left", self.tr("Solde"), lambda y: ctx.hours(y.left), sort=lambda y: y.left, number=True),
            Column("carry", self.tr("Reporté"), lambda y: ctx.hours(y.carry_out), sort=lambda y: y.carry_out,
                   number=True),
        ]


class MemberDialog(RecordDialog):
    permission = permissions.MEMBER_EDIT

    def __init__(self, ctx: RecordsContext, key: str | None = None, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.key = key
        self.record = None
        self.setWindowTitle(self.tr("Membre") if key else self.tr("Nouveau membre"))
        self.name = self.line("name", lambda t: v.parse_text(t, required=True))
        self.short_name = self.line("short_name", v.parse_text, placeholder=self.tr("ex. : FCSDQ"))
        self.short_name.setFixedWidth(220)
        self.key_edit = self.line("key", v.parse_key, placeholder="fcsdq")
        self.key_edit.setFixedWidth(220)
        self.key_edit.setToolTip(self.tr("L'identifiant du membre dans les fichiers d'échange ; "
                                         "il ne change plus une fois enregistré."))
        self.kind = self.combo("kind", [(code, self.words.member_kind(code)) for code in MEMBER_KIND_CODES])
        self.sector = self.line("sector", v.parse_text, placeholder=self.tr("ex. : Habitation"))
        self.region = self.combo("region", [(None, self.tr("(aucune)"))] + [(c, f"{c} – {n}") for c, n in REGIONS])
        self.contact_name = self.line("contact_name", v.parse_text)
        self.contact_title = self.line("contact_title", v.parse_text, placeholder=self.tr("ex. : Directrice générale"))
        self.email = self.line("email", v.parse_email, placeholder="direction@exemple.ca")
        self.phone = self.line("phone", v.parse_phone, placeholder="418 555-0142")
        self.street = self.text_box("street", lambda t: v.parse_text(t, max_length=600), height=44, max_height=56)
        self.street.setPlaceholderText(self.tr("Numéro, rue, bureau"))
        self.city = self.line("city", v.parse_text)
        self.province = self.line("province", v.parse_text)
        self.province.setFixedWidth(160)
        self.postal = self.line("postal_code", v.parse_postal_code, placeholder="G6V 3P5")
        self.postal.setFixedWidth(110)
        self.bank = self.line("hour_bank", v.parse_hours, placeholder=self.tr("ex. : 120"))
        self.bank.setFixedWidth(140)
        self.active = self.check("active", self.tr("Actif (peut recevoir de nouveaux mandats)"))
        self.short_name.textEdited.connect(self._suggest_key)
        self.name.textEdited.connect(self._suggest_key)

        form = QFormLayout()
        form.addRow(section_title(self.tr("Organisation")))
        self.add_row(form, self.tr("Nom"), "name")
        self.add_row(form, self.tr("Sigle"), "short_name")
        self.add_row(form, self.tr("Identifiant"), "key")
        self.add_row(form, self.tr("Type"), "kind")
        self.add_row(form, self.tr("Secteur"), "sector")
        self.add_row(form, self.tr("Région"), "region")
        self.add_row(form, "", "active")
        form.addRow(section_title(self.tr("Personne-ressource")))
        self.add_row(form, self.tr("Nom"), "contact_name")
        self.add_row(form, self.tr("Fonction"), "contact_title")
        self.add_row(form, self.tr("Courriel"), "email")
        self.add_row(form, self.tr("Téléphone"), "phone")
        form.addRow(section_title(self.tr("Adresse")))
        self.add_row(form, self.tr("Adresse"), "street")
        self.add_row(form, self.tr("Ville"), "city")
        self.add_row(form, self.tr("Province"), "province", QLabel(self.tr("Code postal")), "postal_code")
        form.addRow(section_title(self.tr("Banque d'heures")))
        self.add_row(form, self.tr("Heures par exercice"), "hour_bank")

        body = QHBoxLayout()
        left = form_page(form)
        left.setMinimumWidth(470)
        body.addWidget(left, 4)
        self.side = None
        if key is not None:
            self.side = self._side_panel()
            body.addWidget(self.side, 3)
        self.finish(body)
        self.resize(1120 if key else 580, 660)
        self.load()
        if not ctx.may(self.permission):
            self.set_read_only(ctx.refusal(self.permission) or self.tr("Votre rôle ne permet pas de modifier les membres."))

    # --- the hour bank ----------------------------------------------------------------------------
    def _side_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 0, 0, 0)
        self.bank_box = QGroupBox()
        grid = QFormLayout(self.bank_box)
        self.bank_labels = {name: QLabel() for name in ("bank", "carried_in", "available", "used", "planned", "left",
                                                         "carry_out")}
        for name in self.bank_labels.values():
            name.setMinimumWidth(80)
        grid.addRow(self.tr("Banque de l'exercice"), self.bank_labels["bank"])
        grid.addRow(self.tr("Reportées de l'exercice précédent"), self.bank_labels["carried_in"])
        grid.addRow(self.tr("Disponibles"), self.bank_labels["available"])
        grid.addRow(self.tr("Utilisées (confirmées, faites)"), self.bank_labels["used"])
        grid.addRow(self.tr("Prévues (à venir)"), self.bank_labels["planned"])
        grid.addRow(self.tr("Solde"), self.bank_labels["left"])
        self.bank_bar = QProgressBar()
        self.bank_bar.setRange(0, 100)
        grid.addRow(self.tr("Part engagée"), self.bank_bar)
        grid.addRow(self.tr("Report à l'exercice suivant"), self.bank_labels["carry_out"])
        self.rule_label = QLabel()
        self.rule_label.setWordWrap(True)
        self.rule_label.setEnabled(False)
        grid.addRow(self.rule_label)
        layout.addWidget(self.bank_box)
        years = QGroupBox(self.tr("Exercices"))
        years_layout = QVBoxLayout(years)
        self.years_model = BankYearsModel(self.ctx, self)
        self.years_table = QTableView()
        self.years_table.setModel(self.years_model)
        self.years_table.verticalHeader().setVisible(False)
        self.years_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.years_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.years_table.horizontalHeader().setStretchLastSection(True)
        years_layout.addWidget(self.years_table)
        layout.addWidget(years, 1)
        self.no_bank = QLabel(self.tr("Ce membre n'a pas de banque d'heures : ses heures ne sont pas comptées "
                                      "contre un plafond annuel."))
        self.no_bank.setWordWrap(True)
        layout.addWidget(self.no_bank)
        return panel

    def _fill_side(self) -> None:
        if self.side is None or self.record is None:
            return
        ctx = self.ctx
        bank = member_hour_bank(ctx.db, self.record.id, ctx.day())
        self.bank_box.setVisible(bank is not None)
        self.years_table.parentWidget().setVisible(bank is not None)
        self.no_bank.setVisible(bank is None)
        if bank is None:
            self.years_model.set_rows([])
            return
        year = bank.current
        self.bank_box.setTitle(self.tr("Banque d'heures %1-%2").replace("%1", str(year.first.year))
                               .replace("%2", str(year.last.year)))
        for name, label in self.bank_labels.items():
            label.setText(ctx.hours(getattr(year, name)))
        self.bank_labels["left"].setStyleSheet("color: #b42318; font-weight: bold;" if year.over else "font-weight: bold;")
        share = year.share_used
        self.bank_bar.setValue(min(100, int(share * 100)) if share is not None else 0)
        self.bank_bar.setFormat(ctx.percent(share))
        rule = bank.rule
        if rule.rule == "cap":
            text = self.tr("Règle de report : le solde, jusqu'à %1.").replace("%1", ctx.hours(rule.cap or 0))
        elif rule.rule == "all":
            text = self.tr("Règle de report : tout le solde.")
        else:
            text = self.tr("Règle de report : aucune ; le solde est perdu à la fin de l'exercice.")
        self.rule_label.setText(text + " " + self.tr("L'exercice commence en %1.").replace("%1", ctx.month(rule.start_month)))
        self.years_model.set_rows(list(bank.years))

    # --- values -----------------------------------------------------------------------------------
    def _suggest_key(self, _text: str = "") -> None:
        if self.key is None and not self.fields["key"].touched:
            name = self.name.text().strip()
            short = self.short_name.text().strip() or None
            self.key_edit.setText(service.suggest_member_key(self.ctx.db, short, name) if (name or short) else "")

    def load(self) -> None:
        if self.key is None:
            self.fill(MemberState(key="", name=""))
            return
        self.record = service.member_record(self.ctx.db, self.key)
        self.key_edit.setReadOnly(True)
        self.fill(self.record.state)
        self._fill_side()

    def fill(self, s: MemberState) -> None:
        self.name.setText(s.name)
        self.short_name.setText(s.short_name or "")
        self.key_edit.setText(s.key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(s.kind)))
        self.sector.setText(s.sector or "")
        self.region.setCurrentIndex(max(0, self.region.findData(s.region)))
        self.contact_name.setText(s.contact_name or "")
        self.contact_title.setText(s.contact_title or "")
        self.email.setText(s.email or "")
        self.phone.setText(s.phone or "")
        address = v.split_address(s.address)
        self.street.setPlainText(address.street)
        self.city.setText(address.city)
        self.province.setText(address.province if s.address else "Québec")
        self.postal.setText(address.postal_code)
        self.bank.setText(self.ctx.number(v.read_decimal(s.hour_bank)) if s.hour_bank else "")
        self.active.setChecked(s.active)
        self.filled()

    def state_values(self, values) -> dict:
        values = dict(values)
        address = v.Address(values.pop("street") or "", values.pop("city") or "", values.pop("province") or "",
                            values.pop("postal_code") or "")
        values["address"] = address.text()
        return values

    def field_for(self, service_field: str, problem: Message) -> str | None:
        if service_field == "address":
            return "postal_code" if problem.key == "valid.postal_code" else "street"
        return super().field_for(service_field, problem)

    def save(self, values):
        values = self.state_values(values)
        if self.record is None:
            return service.create_member(self.ctx.db, self.ctx.user, MemberState(**values))
        values.pop("key", None)
        return service.update_member(self.ctx.db, self.ctx.user, self.key, self.record.version, **values)

    @classmethod
    def ask(cls, parent, ctx: RecordsContext, key: str | None, *, driver=None):
        return cls.run(cls(ctx, key, parent), driver)
