"""A reviewer's grid for one application: four grades from 0 to 5, weighted by the programme.

The reviewer is a member, chosen in an editable combo: typing a name searches the members
(:func:`tierslieu.services.members.search`, accents ignored) and the combo offers the
matches; at first it lists the people who already scored the application, whose grades
are filled in when one of them is chosen (saving again replaces them).
Saving goes through :func:`tierslieu.services.incubation.score_application`; its errors
(a founder grading their own startup, scoring closed...) are shown under the field they
name, or at the top of the dialog.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QSpinBox, QWidget

from tierslieu.errors import NotFoundError, TiersLieuError, ValidationError
from tierslieu.gui.dialogs.field_errors import FieldErrors
from tierslieu.gui.forms.ui_score_dialog import Ui_ScoreDialog
from tierslieu.gui.incubation.models import fmt_score, status_label
from tierslieu.services import incubation as inc
from tierslieu.services import members
from tierslieu.services.dto import MemberQuery
from tierslieu.services.incubation_dto import CRITERIA, ScoreInput, ScoreRow
from tierslieu.services.selection import weighted

REVIEWER_SUGGESTIONS = 12
SEARCH_DELAY_MS = 150


def _half_up(value: Fraction) -> float:
    """Two decimals, half up, as the review grid rounds (3.875 -> 3.88)."""
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return float(exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def _person_label(name: str, email: str) -> str:
    return f"{name} — {email}" if email else name


class ScoreDialog(QDialog):
    """Grades one application (an enrollment still applied or shortlisted)."""

    def __init__(self, engine: Any, enrollment_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.enrollment_id = enrollment_id
        self.saved: ScoreRow | None = None
        self.enrollment = inc.detail(engine, enrollment_id)
        weights = inc.get_program(engine, self.enrollment.program_id).weights
        # all-zero weights: every criterion counts alike (as the service computes)
        self.weights: tuple[int, ...] = tuple(weights) if any(weights) else (1,) * len(CRITERIA)
        self._scores = {s.reviewer_id: s for s in self.enrollment.scores}
        self._choices: dict[str, int] = {}      # combo label -> person id
        self._reviewer_id: int | None = None
        self.ui = Ui_ScoreDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.spins: dict[str, QSpinBox] = {"team": ui.teamSpin, "market": ui.marketSpin,
                                           "product": ui.productSpin, "fit": ui.fitSpin}
        self.errors = FieldErrors(ui.generalError, {
            "reviewer": (ui.reviewerCombo, ui.reviewerError),
            "team": (ui.teamSpin, ui.teamError),
            "market": (ui.marketSpin, ui.marketError),
            "product": (ui.productSpin, ui.productError),
            "fit": (ui.fitSpin, ui.fitError),
            "notes": (ui.commentEdit, ui.commentError),
        }, key_fields={"person_not_found": "reviewer", "reviewer_is_founder": "reviewer"},
            on_show=self.adjustSize)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._suggest)
        self._fill_texts()
        self._fill_reviewers()
        self._wire()
        self._update_total()
        ui.reviewerCombo.setFocus()

    # -- set-up ---------------------------------------------------------------------------

    def _fill_texts(self) -> None:
        ui, e = self.ui, self.enrollment
        ui.summaryLabel.setText(self.tr(
            "Grades of <b>{startup}</b> ({status}), from 0 (weak) to 5 (excellent). "
            "Each reviewer has one grid: scoring again replaces it.").format(
                startup=_escape(e.startup_name), status=status_label(e.status)))
        total = sum(self.weights)
        for key, weight in zip(CRITERIA, self.weights, strict=True):
            label = getattr(ui, f"{key}Weight")
            label.setText(self.tr("weight {weight} of {total}").format(weight=weight,
                                                                       total=total))
            label.setToolTip(self.tr("The programme “{program}” counts this criterion "
                                     "{weight} times out of {total}").format(
                program=e.program_name, weight=weight, total=total))
        ui.reviewerCombo.lineEdit().setPlaceholderText(self.tr("Type a name to search the "
                                                               "members"))
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        save.setToolTip(self.tr("Save (Ctrl+Enter)"))

    def _fill_reviewers(self) -> None:
        """At first the combo lists who already scored this application."""
        people = []
        for reviewer_id, score in self._scores.items():
            try:
                email = members.get(self.engine, reviewer_id).email
            except TiersLieuError:
                email = ""
            people.append((_person_label(score.reviewer_name, email), reviewer_id))
        self._set_items(people)
        self.ui.reviewerCombo.setCurrentIndex(-1)
        completer = self.ui.reviewerCombo.completer()
        # the items are already the service's matches: show them all, never re-filter
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(REVIEWER_SUGGESTIONS)

    def _wire(self) -> None:
        ui = self.ui
        ui.buttonBox.accepted.connect(self.save)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)
        ui.reviewerCombo.lineEdit().textEdited.connect(self._reviewer_edited)
        ui.reviewerCombo.activated.connect(self._reviewer_chosen)
        for key, spin in self.spins.items():
            spin.valueChanged.connect(self._update_total)
            spin.valueChanged.connect(lambda _v, key=key: self.errors.clear_field(key))
        ui.commentEdit.textChanged.connect(lambda: self.errors.clear_field("notes"))

    # -- the reviewer ---------------------------------------------------------------------

    def _set_items(self, people: list[tuple[str, int]]) -> None:
        """Replace the combo's items, keeping what is typed in it."""
        combo = self.ui.reviewerCombo
        edit = combo.lineEdit()
        text, cursor = edit.text(), edit.cursorPosition()
        combo.blockSignals(True)
        try:
            combo.clear()
            for label, person_id in people:
                self._choices[label] = person_id
                combo.addItem(label, person_id)
            combo.setCurrentIndex(-1)
        finally:
            combo.blockSignals(False)
        edit.setText(text)
        edit.setCursorPosition(cursor)

    def _reviewer_edited(self, _text: str) -> None:
        self._reviewer_id = None
        self.errors.clear_field("reviewer")
        self.ui.reviewerHint.setVisible(False)
        self._search_timer.start()

    def _suggest(self) -> None:
        """The members matching the typed text become the combo's items."""
        text = self.ui.reviewerCombo.currentText().strip()
        if not text or self._reviewer_id is not None:
            return
        rows = members.search(self.engine, MemberQuery(text=text, limit=REVIEWER_SUGGESTIONS))
        self._set_items([(_person_label(f"{r.first_name} {r.last_name}".strip(), r.email), r.id)
                         for r in rows])
        if rows and self.ui.reviewerCombo.lineEdit().hasFocus():
            completer = self.ui.reviewerCombo.completer()
            completer.setCompletionPrefix(text)
            completer.complete()

    def _reviewer_chosen(self, index: int) -> None:
        person_id = self.ui.reviewerCombo.itemData(index)
        if person_id is not None:
            self.set_reviewer(int(person_id))

    def set_reviewer(self, person_id: int) -> None:
        """Choose the reviewer; a reviewer who already scored finds their grades back."""
        combo = self.ui.reviewerCombo
        index = combo.findData(person_id)
        if index < 0:
            p = members.get(self.engine, person_id)
            label = _person_label(f"{p.first_name} {p.last_name}".strip(), p.email)
            self._choices[label] = person_id
            combo.addItem(label, person_id)
            index = combo.count() - 1
        combo.blockSignals(True)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)
        self._reviewer_id = person_id
        self.errors.clear_field("reviewer")
        previous = self._scores.get(person_id)
        self.ui.reviewerHint.setVisible(previous is not None)
        if previous is not None:
            self.ui.reviewerHint.setText(self.tr(
                "Already scored by this reviewer: their grades are shown, saving replaces "
                "them."))
            for key, spin in self.spins.items():
                spin.setValue(getattr(previous, key))
            self.ui.commentEdit.setPlainText(previous.comment)

    def reviewer_id(self) -> int:
        """The chosen reviewer; raises the error to show under the field otherwise."""
        combo = self.ui.reviewerCombo
        text = combo.currentText().strip()
        if not text:
            raise ValidationError("required", "reviewer")
        # the item chosen, as long as its text was not changed since
        index = combo.currentIndex()
        if index >= 0 and combo.itemText(index) == text and combo.itemData(index) is not None:
            return int(combo.itemData(index))
        if text in self._choices:
            return self._choices[text]
        rows = members.search(self.engine, MemberQuery(text=text, limit=2))
        if not rows:
            raise NotFoundError("person_not_found", "reviewer", ref=text)
        if len(rows) > 1:
            raise _SeveralReviewers(text)
        return rows[0].id

    # -- grades ---------------------------------------------------------------------------

    def grades(self) -> tuple[int, ...]:
        return tuple(self.spins[k].value() for k in CRITERIA)

    def total(self) -> float:
        """This reviewer's weighted total on 0-5, rounded as the review grid rounds it."""
        return _half_up(weighted(self.grades(), self.weights))

    def _update_total(self) -> None:
        self.ui.totalLabel.setText(self.tr("{total} / 5").format(total=fmt_score(self.total())))

    def score_input(self) -> ScoreInput:
        team, market, product, fit = self.grades()
        return ScoreInput(team, market, product, fit,
                          comment=self.ui.commentEdit.toPlainText().strip())

    # -- saving ---------------------------------------------------------------------------

    def save(self) -> None:
        self.errors.clear()
        try:
            reviewer = self.reviewer_id()
            self.saved = inc.score_application(self.engine, self.enrollment_id, reviewer,
                                               self.score_input())
        except _SeveralReviewers as several:
            self.errors.show_message("reviewer", self.tr(
                "Several members match “{text}”: choose one from the suggestions.").format(
                    text=several.text))
            self.ui.reviewerCombo.setFocus()
            return
        except TiersLieuError as exc:
            self.errors.show(exc)
            return
        self.accept()


class _SeveralReviewers(Exception):
    """The reviewer field matches several members and none was picked."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def _escape(text: str) -> str:
    import html

    return html.escape(text)
