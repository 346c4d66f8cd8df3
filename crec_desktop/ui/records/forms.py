"""The editors' common ground: fields checked as the user types, the message beside each field,
read-only forms for those who may not change the record, and stale edits explained with the
choice to reload.

A `RecordDialog` subclass builds its fields with `line()`, `text_box()`, `combo()`, `check()`,
`date_field()`…, each given a parse function from `domain.validation` (the services run the same
rules), places them with `add_row()` and puts its body in the dialog with `finish()`; it
implements `load()` (read the record, show it, then `filled()`) and `save(values)`. Pressing
Enregistrer checks every field; the services' own refusals (a login already taken, a stale
version) come back beside the field or in a box.

    outcome = MemberDialog.ask(parent, ctx, key)                       # None when cancelled
    outcome = MemberDialog.ask(parent, ctx, key, driver=fill_and_save)  # tests: no exec()

`driver(dialog)` replaces the modal loop: it fills the fields like a user would and returns True
to press Enregistrer (the same checks run) or False to cancel.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crec_desktop.domain.messages import Message, UserError, msg
from crec_desktop.domain.validation import Checked
from crec_desktop.services.changes import StaleEdit
from crec_desktop.services.records import RecordError
from crec_desktop.ui.records.context import RecordsContext, Words

ERROR_COLOUR = "#b42318"
INVALID_STYLE = f"border: 1px solid {ERROR_COLOUR}; border-radius: 3px; padding: 2px;"
READ_ONLY_STYLE = "background: #f1f3f5; color: #30363d;"
NO_DATE = QDate(1900, 1, 1)


class DateField(QWidget):
    """A date, optional or not: a calendar drop-down, and a button to clear an optional one.
    A required date given none shows `default` (the clock's today)."""

    def __init__(self, optional: bool, default: dt.date, parent=None):
        super().__init__(parent)
        self.optional = optional
        self.default = QDate(default.year, default.month, default.day)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setMinimumWidth(130)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.clear_button = None
        if optional:
            self.edit.setMinimumDate(NO_DATE)
            self.edit.setSpecialValueText("—")
            self.clear_button = QToolButton()
            self.clear_button.setText("×")
            self.clear_button.clicked.connect(self.clear)
            layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.dateChanged = self.edit.dateChanged

    def set_date(self, value) -> None:
        if value is None:
            self.edit.setDate(NO_DATE if self.optional else self.default)
        else:
            self.edit.setDate(QDate(value.year, value.month, value.day))

    def date(self):
        value = self.edit.date()
        if self.optional and value == NO_DATE:
            return None
        return value.toPython()

    def clear(self) -> None:
        self.edit.setDate(NO_DATE)

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - like Qt's editors
        self.edit.setReadOnly(read_only)
        if self.clear_button is not None:
            self.clear_button.setVisible(not read_only)


@dataclasses.dataclass
class Field:
    """One field of the form: its widget, where its message goes, how its text is read."""

    name: str
    widget: QWidget
    message: QLabel
    parse: Callable[[], Checked]
    touched: bool = False
    outside: Message | None = None  # a refusal from the service, until the field changes


def message_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)
    label.hide()
    return label


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class RecordDialog(QDialog):
    """Base of the editors (see the module's docstring)."""

    permission: str = ""

    def __init__(self, ctx: RecordsContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.lang = ctx.lang
        self.words = Words(self)
        self.fields: dict[str, Field] = {}
        self.attempted = False
        self.outcome = None
        self.read_only = False
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setStyleSheet("QLabel { background: #fff4e5; border: 1px solid #f5c07a; border-radius: 4px;"
                                  " padding: 6px 8px; color: #5c3b00; }")
        self.banner.hide()
        self.summary = QLabel()
        self.summary.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Enregistrer"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Annuler"))
        self.save_button.clicked.connect(self.try_save)
        self.cancel_button.clicked.connect(self.reject)

    # --- building -------------------------------------------------------------------------------
    def _register(self, name: str, widget: QWidget, parse: Callable[[], Checked]) -> Field:
        field = Field(name, widget, message_label(), parse)
        self.fields[name] = field
        return field

    def _changed(self, name: str, touched: bool = True) -> None:
        field = self.fields.get(name)
        if field is None:
            return
        if touched:
            field.touched = True
        field.outside = None
        self.revalidate()

    def line(self, name: str, parse: Callable[[str], Checked], *, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        self._register(name, edit, lambda: parse(edit.text()))
        edit.textEdited.connect(lambda _t: self._changed(name))
        edit.textChanged.connect(lambda _t: self._changed(name, touched=False))
        return edit

    def text_box(self, name: str, parse: Callable[[str], Checked], *, height: int = 72,
                 max_height: int | None = None) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(height)
        if max_height is not None:
            edit.setMaximumHeight(max_height)
            edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self._register(name, edit, lambda: parse(edit.toPlainText()))
        edit.textChanged.connect(lambda: self._changed(name, touched=edit.hasFocus()))
        return edit

    def combo(self, name: str, items: list[tuple[Any, str]], *, required: bool = False) -> QComboBox:
        box = QComboBox()
        for data, label in items:
            box.addItem(label, data)

        def parse() -> Checked:
            data = box.currentData()
            if required and data is None:
                return Checked(None, msg("valid.required"))
            return Checked(data)

        self._register(name, box, parse)
        box.currentIndexChanged.connect(lambda _i: self._changed(name))
        return box

    def check(self, name: str, text: str) -> QCheckBox:
        box = QCheckBox(text)
        self._register(name, box, lambda: Checked(box.isChecked()))
        box.toggled.connect(lambda _v: self._changed(name))
        return box

    def date_field(self, name: str, *, optional: bool) -> DateField:
        field = DateField(optional, self.ctx.day())
        self._register(name, field, lambda: Checked(field.date()))
        field.dateChanged.connect(lambda _d: self._changed(name))
        return field

    def time_field(self, name: str) -> QTimeEdit:
        edit = QTimeEdit()
        edit.setDisplayFormat("H' h 'mm" if self.lang == "fr" else "h:mm AP")
        self._register(name, edit, lambda: Checked(edit.time().toPython()))
        edit.timeChanged.connect(lambda _t: self._changed(name))
        return edit

    def custom(self, name: str, widget: QWidget, parse: Callable[[], Checked], changed=None) -> QWidget:
        """A field of another kind (domains, colour): the widget, how to read it, its change signal."""
        self._register(name, widget, parse)
        if changed is not None:
            changed.connect(lambda *_a: self._changed(name))
        return widget

    def add_row(self, form: QFormLayout, label: str, *names_or_widgets, below: QWidget | None = None) -> None:
        """A form row: the label, the field(s) side by side, their messages (and `below`) under them."""
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        messages = []
        narrow = len(names_or_widgets) > 1
        for item in names_or_widgets:
            if isinstance(item, str):
                field = self.fields[item]
                narrow = narrow or field.widget.maximumWidth() < 1000
                line.addWidget(field.widget, 0 if narrow else 1)
                messages.append(field.message)
            elif isinstance(item, QWidget):
                line.addWidget(item)
        if narrow:
            line.addStretch(1)
        box.addLayout(line)
        for message in messages:
            box.addWidget(message)
        if below is not None:
            box.addWidget(below)
        holder = QWidget()
        holder.setLayout(box)
        form.addRow(label, holder)

    def finish(self, body: QWidget | QLayout) -> None:
        """Put the banner, the body (a layout in a widget of its own), the summary and the buttons
        in the dialog."""
        if isinstance(body, QLayout):
            holder = QWidget()
            holder.setLayout(body)
            body = holder
        outer = QVBoxLayout(self)
        outer.addWidget(self.banner)
        outer.addWidget(body, 1)
        outer.addWidget(self.summary)
        outer.addWidget(self.buttons)

    # --- values and their problems -------------------------------------------------------------
    def parsed(self) -> tuple[dict[str, Any], dict[str, Message]]:
        values, problems = {}, {}
        for name, field in self.fields.items():
            checked = field.parse()
            if checked.problem is not None:
                problems[name] = checked.problem
            else:
                values[name] = checked.value
        for name, problem in self.cross_problems(values):  # fields that read fine (values.get: None otherwise)
            problems.setdefault(name, problem)
        for name, field in self.fields.items():
            if field.outside is not None:
                problems.setdefault(name, field.outside)
        return values, problems

    def filled(self) -> None:
        """The form shows a record afresh: nothing touched, no message yet, text from its start."""
        for field in self.fields.values():
            field.touched = False
            field.outside = None
            if isinstance(field.widget, QLineEdit):
                field.widget.setCursorPosition(0)
        self.attempted = False
        self.revalidate()

    def cross_problems(self, values: dict[str, Any]) -> list[tuple[str, Message]]:
        """Rules between fields (dates in order…); values are all read fine."""
        return []

    def revalidate(self) -> dict[str, Message]:
        _values, problems = self.parsed()
        for name, field in self.fields.items():
            problem = problems.get(name)
            shown = problem is not None and (field.touched or self.attempted or field.outside is not None)
            field.message.setText(problem.text(self.lang) if shown else "")
            field.message.setVisible(shown)
            if shown:  # a wrapped label's height, which nested layouts do not ask for themselves
                width = max(field.widget.width(), 200)
                field.message.setMinimumHeight(field.message.heightForWidth(width))
            if isinstance(field.widget, (QLineEdit, QPlainTextEdit)):
                field.widget.setStyleSheet(INVALID_STYLE if shown else
                                           READ_ONLY_STYLE if field.widget.isReadOnly() else "")
        wanted = self.sizeHint()
        if self.isVisible() and wanted.height() > self.height():  # room for the messages that appeared
            self.resize(self.width(), wanted.height())
        if not self.read_only:
            self.save_button.setEnabled(not problems or not self.attempted)
            count = len(problems)
            # singular and plural chosen here (lupdate sees no plural form in a named context)
            if count == 1:
                summary = QCoreApplication.translate("RecordDialog", "Un champ à corriger.")
            else:
                summary = QCoreApplication.translate("RecordDialog", "%1 champs à corriger.").replace("%1", str(count))
            self.summary.setText(summary if count and self.attempted else "")
            self.summary.setVisible(bool(count and self.attempted))
        return problems

    def problems(self) -> dict[str, str]:
        """{field: message shown} — what the user sees beside the fields now."""
        return {name: f.message.text() for name, f in self.fields.items() if f.message.isVisible()}

    # --- read only ------------------------------------------------------------------------------
    def set_read_only(self, reason: str) -> None:
        """Nothing can be changed; the banner says why."""
        self.read_only = True
        for field in self.fields.values():
            self.freeze(field.widget)
        self.save_button.hide()
        self.cancel_button.setText(self.tr("Fermer"))
        self.show_banner(self.tr("Consultation seulement. %1").replace("%1", reason).strip())

    def freeze(self, widget: QWidget) -> None:
        if hasattr(widget, "setReadOnly"):
            widget.setReadOnly(True)
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.setStyleSheet(READ_ONLY_STYLE)
        else:
            widget.setEnabled(False)

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    # --- saving ---------------------------------------------------------------------------------
    def save(self, values: dict[str, Any]):  # pragma: no cover - each editor has its own
        """Call the service with the values read; return its Outcome."""
        raise NotImplementedError

    def load(self) -> None:  # pragma: no cover - each editor has its own
        """Read the record from the database and show it."""
        raise NotImplementedError

    def reload(self) -> None:
        """After a stale edit: read the record again and show it."""
        self.load()

    def field_for(self, service_field: str, problem: Message) -> str | None:
        """The form field a service's refusal belongs beside (None: in a box)."""
        return service_field if service_field in self.fields else None

    def try_save(self) -> bool:
        if self.read_only:
            return False
        self.attempted = True
        problems = self.revalidate()
        if problems:
            first = next(iter(problems))
            self.fields[first].widget.setFocus()
            return False
        values, _ = self.parsed()
        try:
            self.outcome = self.save(values)
        except RecordError as exc:
            placed = False
            for name, problem in exc.fields.items():
                target = self.field_for(name, problem)
                if target is not None:
                    self.fields[target].outside = problem
                    placed = True
            self.revalidate()
            if not placed:
                self.refused(exc)
            return False
        except StaleEdit as exc:
            if self.ask_reload(exc.text(self.lang)):
                self.reload()
                self.show_banner(self.tr("Rechargé : vous voyez la version enregistrée par l'autre personne. "
                                         "Refaites vos changements s'il y a lieu."))
            return False
        except UserError as exc:
            self.refused(exc)
            return False
        self.accept()
        return True

    def refused(self, error: UserError) -> None:
        QMessageBox.warning(self, self.tr("Enregistrement refusé"), error.text(self.lang))

    def ask_reload(self, text: str) -> bool:
        """Someone else saved first: reload their version (True) or keep the form as it is."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Modifié par quelqu'un d'autre"), text,
                          QMessageBox.StandardButton.NoButton, self)
        reload_button = box.addButton(self.tr("Recharger"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Garder mes saisies"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(reload_button)
        box.exec()
        return box.clickedButton() is reload_button

    # --- the entry point a test can drive ---------------------------------------------------------
    @classmethod
    def run(cls, dialog: RecordDialog, driver: Callable[[RecordDialog], bool] | None):
        try:
            if driver is not None:
                if driver(dialog):
                    dialog.try_save()
                else:
                    dialog.reject()
                accepted = dialog.result() == QDialog.DialogCode.Accepted
            else:
                accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.outcome if accepted else None
        finally:
            dialog.deleteLater()


def form_page(form: QFormLayout) -> QWidget:
    """A page (a tab, a column) holding a form, its rows at the top."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addLayout(form)
    layout.addStretch(1)
    return page


def set_time(edit: QTimeEdit, value) -> None:
    edit.setTime(QTime(value.hour, value.minute))
