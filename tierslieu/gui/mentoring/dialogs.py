"""The Mentoring page's form dialogs: a mentor's profile, a startup's needs, a session.

Each saves through :mod:`tierslieu.services.mentoring` and shows the service's errors under
the field they name (:class:`FieldErrors`); text that cannot even be read as a number or a
level is refused here with the same messages, so nothing is written either way. The
service is imported inside the methods: it pulls in numpy and scipy, which must not load
before the main window shows.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QInputDialog, QWidget

from tierslieu.errors import NotFoundError, TiersLieuError, ValidationError, ValidationErrors
from tierslieu.gui import theme
from tierslieu.gui.dialogs.field_errors import FieldErrors
from tierslieu.gui.forms.ui_mentor_dialog import Ui_MentorDialog
from tierslieu.gui.forms.ui_need_dialog import Ui_NeedDialog
from tierslieu.gui.forms.ui_session_dialog import Ui_SessionDialog
from tierslieu.gui.mentoring.common import DIALOG_STYLE
from tierslieu.services import members, organizations
from tierslieu.services.dto import MemberQuery, OrganizationQuery
from tierslieu.services.incubation_dto import local_today
from tierslieu.text import fold

if TYPE_CHECKING:
    from tierslieu.services.mentoring import (
        AssignmentRow,
        MentorRow,
        NeedRow,
        SessionRow,
    )

CHECKED = Qt.CheckState.Checked
ID_ROLE = Qt.ItemDataRole.UserRole + 1
DEFAULT_GRADE = 2          # a tag typed without a level or priority
_ITEM = re.compile(r"^(?P<tag>.*?)\s*(?:[:=]\s*(?P<a>[^:=]*)|\((?P<b>[^)]*)\))?$")


# -- reading the text fields --------------------------------------------------------------

def parse_graded(text: str, field: str) -> tuple[tuple[str, int], ...]:
    """``financement:3, tech (2), design`` -> (("financement", 3), ("tech", 2), ("design", 2)).

    Out-of-range levels are left for the service to refuse; a level that is not a number
    is refused here with the service's message.
    """
    out = []
    for part in re.split(r"[,;\n]", text):
        part = part.strip()
        if not part:
            continue
        m = _ITEM.match(part)
        tag = (m["tag"] if m else part).strip()
        raw = ((m["a"] if m["a"] is not None else m["b"]) if m else None)
        if raw is None:
            grade = DEFAULT_GRADE
        elif raw.strip().isdigit():
            grade = int(raw.strip())
        else:
            raise ValidationError("mentor_level_invalid", field, value=raw.strip())
        if tag:
            out.append((tag, grade))
    return tuple(out)


def format_graded(rows: tuple[tuple[str, int], ...]) -> str:
    return ", ".join(f"{tag}:{grade}" for tag, grade in rows)


def parse_list(text: str, *, spaces: bool = False) -> tuple[str, ...]:
    """Comma-separated words (``spaces``: blanks separate too, for language codes)."""
    pattern = r"[,;\s]+" if spaces else r"[,;\n]+"
    return tuple(p.strip() for p in re.split(pattern, text) if p.strip())


def parse_whole(text: str, field: str) -> int:
    text = text.strip()
    if not text:
        raise ValidationError("required", field)
    if not re.fullmatch(r"-?\d+", text):
        raise ValidationError("number_invalid", field, value=text)
    return int(text)


def _collect(*checks: Any) -> list[Any]:
    """Run each zero-argument check; raise every ValidationError together."""
    values, errors = [], []
    for check in checks:
        try:
            values.append(check())
        except ValidationError as exc:
            errors.append(exc)
            values.append(None)
    if errors:
        raise errors[0] if len(errors) == 1 else ValidationErrors(errors)
    return values


def _escape(text: str) -> str:
    import html

    return html.escape(text)


# -- a mentor's profile -------------------------------------------------------------------

class MentorDialog(QDialog):
    """Creates (``mentor`` None: choose a member) or edits a mentor profile."""

    def __init__(self, engine: Any, mentor: MentorRow | None = None,
                 parent: QWidget | None = None, *, taken: set[int] | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.mentor = mentor
        self.saved: MentorRow | None = None
        self.ui = Ui_MentorDialog()
        self.ui.setupUi(self)
        self.setStyleSheet(theme.adapt(DIALOG_STYLE))
        ui = self.ui
        self.errors = FieldErrors(ui.generalError, {
            "person": (ui.personCombo, ui.personError),
            "expertise": (ui.expertiseEdit, ui.expertiseError),
            "sectors": (ui.sectorsEdit, ui.sectorsError),
            "stages": (ui.stagesEdit, ui.stagesError),
            "languages": (ui.languagesEdit, ui.languagesError),
            "capacity": (ui.capacityEdit, ui.capacityError),
            "hours_per_month": (ui.hoursEdit, ui.hoursError),
            "conflicts": (ui.conflictsList, ui.conflictsError),
            "notes": (ui.notesEdit, ui.notesError),
        }, key_fields={"person_not_found": "person"}, on_show=self.adjustSize)
        self.conflicts_model = QStandardItemModel(self)
        ui.conflictsList.setModel(self.conflicts_model)
        self._fill(taken or set())
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        for name, edit in (("expertise", ui.expertiseEdit), ("sectors", ui.sectorsEdit),
                           ("stages", ui.stagesEdit), ("languages", ui.languagesEdit),
                           ("capacity", ui.capacityEdit), ("hours_per_month", ui.hoursEdit)):
            edit.textChanged.connect(lambda _t, name=name: self.errors.clear_field(name))
        ui.personCombo.editTextChanged.connect(lambda _t: self.errors.clear_field("person"))
        ui.notesEdit.textChanged.connect(lambda: self.errors.clear_field("notes"))

    def _fill(self, taken: set[int]) -> None:
        ui, m = self.ui, self.mentor
        if m is None:
            self.setWindowTitle(self.tr("New mentor"))
            ui.summaryLabel.setText(self.tr("Any member can mentor: choose who, then what "
                                            "they know and how much time they offer."))
            people = [r for r in members.search(self.engine, MemberQuery(status="active"))
                      if r.id not in taken]
            for r in people:
                label = f"{r.display_name} — {r.email}" if r.email else r.display_name
                ui.personCombo.addItem(label, r.id)
            ui.personCombo.setCurrentIndex(-1)
            ui.personCombo.lineEdit().setPlaceholderText(self.tr("Type a name"))
            completer = ui.personCombo.completer()
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            ui.languagesEdit.setText("fr")
            ui.capacityEdit.setText("1")
            ui.hoursEdit.setText("4")
            ui.activeCheck.setChecked(True)
            ui.personCombo.setFocus()
        else:
            self.setWindowTitle(self.tr("Mentor profile of {name}").format(name=m.name))
            ui.summaryLabel.setText(self.tr("<b>{name}</b> follows {load} startup(s) now, "
                                            "{sessions} session(s) so far.").format(
                name=_escape(m.name), load=m.load, sessions=m.sessions))
            ui.personCombo.addItem(f"{m.name} — {m.email}" if m.email else m.name,
                                   m.person_id)
            ui.personCombo.setCurrentIndex(0)
            ui.personCombo.setEnabled(False)
            ui.expertiseEdit.setText(format_graded(m.expertise))
            ui.sectorsEdit.setText(", ".join(m.sectors))
            ui.stagesEdit.setText(", ".join(m.stages))
            ui.languagesEdit.setText(", ".join(m.languages))
            ui.capacityEdit.setText(str(m.capacity))
            ui.hoursEdit.setText(str(m.hours_per_month))
            ui.activeCheck.setChecked(m.active)
            ui.notesEdit.setPlainText(m.notes)
            ui.expertiseEdit.setFocus()
        chosen = set(m.conflicts) if m else set()
        startups = organizations.search(self.engine, OrganizationQuery(kind="startup"))
        # the ticked ones first: a long list would hide them below the fold
        for org in sorted(startups, key=lambda o: o.id not in chosen):
            item = QStandardItem(org.name)
            item.setEditable(False)
            item.setCheckable(True)
            item.setData(org.id, ID_ROLE)
            item.setCheckState(CHECKED if org.id in chosen else Qt.CheckState.Unchecked)
            self.conflicts_model.appendRow(item)

    def person_id(self) -> int:
        if self.mentor is not None:
            return self.mentor.person_id
        combo = self.ui.personCombo
        text = combo.currentText().strip()
        if not text:
            raise ValidationError("required", "person")
        index = combo.currentIndex()
        if index >= 0 and combo.itemText(index) == text:
            return int(combo.itemData(index))
        key = fold(text)
        found = [combo.itemData(i) for i in range(combo.count())
                 if fold(combo.itemText(i)) == key
                 or fold(combo.itemText(i).split(" — ")[0]) == key]
        if len(found) != 1:
            raise NotFoundError("person_not_found", "person", ref=text)
        return int(found[0])

    def conflicts(self) -> tuple[int, ...]:
        listed, checked = set(), set()
        for row in range(self.conflicts_model.rowCount()):
            item = self.conflicts_model.item(row)
            org_id = int(item.data(ID_ROLE))
            listed.add(org_id)
            if item.checkState() == CHECKED:
                checked.add(org_id)
        # conflicts with organisations not listed (archived since) are kept
        kept = set(self.mentor.conflicts) - listed if self.mentor else set()
        return tuple(sorted(checked | kept))

    def mentor_input(self) -> Any:
        from tierslieu.services.mentoring import MentorInput

        ui = self.ui
        person, expertise, capacity, hours = _collect(
            self.person_id,
            lambda: parse_graded(ui.expertiseEdit.text(), "expertise"),
            lambda: parse_whole(ui.capacityEdit.text(), "capacity"),
            lambda: parse_whole(ui.hoursEdit.text(), "hours_per_month"))
        return MentorInput(person, expertise, parse_list(ui.sectorsEdit.text()),
                           parse_list(ui.stagesEdit.text()),
                           parse_list(ui.languagesEdit.text(), spaces=True),
                           capacity=capacity, hours_per_month=hours,
                           conflicts=self.conflicts(),
                           exclusions=self.mentor.exclusions if self.mentor else (),
                           active=ui.activeCheck.isChecked(),
                           notes=ui.notesEdit.toPlainText())

    def save(self) -> None:
        from tierslieu.services import mentoring

        self.errors.clear()
        try:
            self.saved = mentoring.save_mentor(self.engine, self.mentor_input())
        except TiersLieuError as exc:
            self.errors.show(exc)
            return
        self.accept()


# -- a startup's needs --------------------------------------------------------------------

class NeedDialog(QDialog):
    """Edits what one matched startup needs (``mentoring.set_need``)."""

    def __init__(self, engine: Any, need: NeedRow, parent: QWidget | None = None, *,
                 sectors: list[str] | None = None, stages: list[str] | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.need = need
        self.saved: NeedRow | None = None
        self.ui = Ui_NeedDialog()
        self.ui.setupUi(self)
        self.setStyleSheet(theme.adapt(DIALOG_STYLE))
        ui = self.ui
        ui.wantedSpin.setMaximumWidth(90)
        self.setWindowTitle(self.tr("Needs of {startup}").format(startup=need.startup_name))
        ui.summaryLabel.setText(self.tr("What <b>{startup}</b> needs from its mentors; the "
                                        "matching scores each mentor against it.").format(
            startup=_escape(need.startup_name)))
        for combo, known, value in ((ui.sectorCombo, sectors, need.sector),
                                    (ui.stageCombo, stages, need.stage)):
            combo.addItem("")
            combo.addItems(sorted(set(known or ()) - {""}, key=fold))
            combo.setCurrentText(value)
        ui.tagsEdit.setText(format_graded(need.tags))
        ui.languagesEdit.setText(", ".join(need.languages))
        ui.wantedSpin.setValue(need.wanted)
        self.errors = FieldErrors(ui.generalError, {
            "tags": (ui.tagsEdit, ui.tagsError),
            "sector": (ui.sectorCombo, ui.sectorError),
            "stage": (ui.stageCombo, ui.stageError),
            "languages": (ui.languagesEdit, ui.languagesError),
            "wanted": (ui.wantedSpin, ui.wantedError),
        }, on_show=self.adjustSize)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        ui.tagsEdit.textChanged.connect(lambda _t: self.errors.clear_field("tags"))
        ui.languagesEdit.textChanged.connect(lambda _t: self.errors.clear_field("languages"))
        ui.tagsEdit.setFocus()

    def need_input(self) -> Any:
        from tierslieu.services.mentoring import NeedInput

        ui = self.ui
        return NeedInput(self.need.enrollment_id, parse_graded(ui.tagsEdit.text(), "tags"),
                         ui.sectorCombo.currentText().strip(),
                         ui.stageCombo.currentText().strip(),
                         parse_list(ui.languagesEdit.text(), spaces=True), ui.wantedSpin.value())

    def save(self) -> None:
        from tierslieu.services import mentoring

        self.errors.clear()
        try:
            self.saved = mentoring.set_need(self.engine, self.need_input())
        except TiersLieuError as exc:
            self.errors.show(exc)
            return
        self.accept()


# -- a session ----------------------------------------------------------------------------

class SessionDialog(QDialog):
    """Records a session of one of the cohort's active pairs (``mentoring.record_session``)."""

    def __init__(self, engine: Any, assignments: list[AssignmentRow],
                 parent: QWidget | None = None, *, assignment_id: int | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.saved: SessionRow | None = None
        self.ui = Ui_SessionDialog()
        self.ui.setupUi(self)
        self.setStyleSheet(theme.adapt(DIALOG_STYLE))
        ui = self.ui
        ui.heldEdit.setMaximumWidth(160)
        ui.durationSpin.setMaximumWidth(120)
        ui.summaryLabel.setText(self.tr("A meeting between a startup and its mentor: its "
                                        "length counts against the startup's mentoring "
                                        "budget."))
        for a in sorted(assignments, key=lambda a: (fold(a.startup_name), fold(a.mentor_name))):
            ui.assignmentCombo.addItem(f"{a.startup_name} — {a.mentor_name}", a.id)
        index = ui.assignmentCombo.findData(assignment_id) if assignment_id else -1
        ui.assignmentCombo.setCurrentIndex(index if index >= 0 else
                                           (0 if ui.assignmentCombo.count() == 1 else -1))
        day = today or local_today()
        ui.heldEdit.setDate(QDate(day.year, day.month, day.day))
        ui.durationSpin.setValue(60)
        for combo in (ui.ratingMentorCombo, ui.ratingStartupCombo):
            combo.addItem(self.tr("not rated"), None)
            for n in range(1, 6):
                combo.addItem(f"{n} / 5", n)
        self.errors = FieldErrors(ui.generalError, {
            "assignment": (ui.assignmentCombo, ui.assignmentError),
            "held_on": (ui.heldEdit, ui.heldError),
            "duration_minutes": (ui.durationSpin, ui.durationError),
            "topics": (ui.topicsEdit, ui.topicsError),
            "rating_mentor": (ui.ratingMentorCombo, ui.ratingMentorError),
            "rating_startup": (ui.ratingStartupCombo, ui.ratingStartupError),
            "notes": (ui.notesEdit, ui.notesError),
        }, key_fields={"assignment_not_found": "assignment"}, on_show=self.adjustSize)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        ui.assignmentCombo.currentIndexChanged.connect(
            lambda _i: self.errors.clear_field("assignment"))
        (ui.topicsEdit if ui.assignmentCombo.currentIndex() >= 0
         else ui.assignmentCombo).setFocus()

    def session_input(self) -> Any:
        from tierslieu.services.mentoring import SessionInput

        ui = self.ui
        assignment = ui.assignmentCombo.currentData()
        if assignment is None:
            raise ValidationError("required", "assignment")
        held = ui.heldEdit.date()
        return SessionInput(int(assignment), date(held.year(), held.month(), held.day()),
                            ui.durationSpin.value(), ui.topicsEdit.text(),
                            ui.notesEdit.toPlainText(), ui.ratingMentorCombo.currentData(),
                            ui.ratingStartupCombo.currentData())

    def save(self) -> None:
        from tierslieu.services import mentoring

        self.errors.clear()
        try:
            self.saved = mentoring.record_session(self.engine, self.session_input())
        except TiersLieuError as exc:
            self.errors.show(exc)
            return
        self.accept()


# -- "why not this mentor?" ---------------------------------------------------------------

def ask_mentor(parent: QWidget | None, startup: str, choices: list[tuple[str, int]]
               ) -> int | None:
    """The mentor to compare with the chosen one(s) of ``startup``, or None if cancelled.

    Module-level so tests can answer it without a modal loop.
    """
    labels = [label for label, _id in choices]
    text, ok = QInputDialog.getItem(
        parent, QCoreApplication.translate("MentoringDialogs", "Why not this mentor?"),
        QCoreApplication.translate("MentoringDialogs", "Mentor to compare for {startup}:")
        .format(startup=startup), labels, 0, False)
    if not ok or text not in labels:
        return None
    return choices[labels.index(text)][1]
