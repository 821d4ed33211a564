"""The subscription dialogs: subscribe a member or an organisation to a plan, end a
subscription, move it to another plan.

Each dialog calls one service (:func:`tierslieu.services.billing.subscriptions.create`,
``end``, ``change_plan``) when « OK » is pressed; the service's ValidationError /
ConflictError (an overlap, a day already invoiced…) lands under the field it names and
nothing is written. Negotiated prices are typed in euros (« 250,00 ») and parsed by
:func:`tierslieu.money.parse_euros` into cents.
"""

from __future__ import annotations

import html
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from tierslieu import timeutil
from tierslieu.errors import TiersLieuError, ValidationErrors
from tierslieu.gui.billing.common import error_label, pydate, qdate, with_below
from tierslieu.gui.billing.subscription_models import includes_text, plan_label
from tierslieu.gui.dashboard.widgets import MemberPicker
from tierslieu.gui.dialogs.field_errors import FieldErrors
from tierslieu.gui.fmt import fmt_date, fmt_money
from tierslieu.money import parse_euros
from tierslieu.services.billing import plans as plan_service
from tierslieu.services.billing import subscriptions
from tierslieu.services.billing.common import Month
from tierslieu.services.billing.dto import PlanRow, SubscriptionInput, SubscriptionRow
from tierslieu.text import fold

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPushButton

SUGGESTIONS = 15


# -- small pieces -------------------------------------------------------------------------


def end_of_month(day: date) -> date:
    return Month.parse(day).last


def date_edit(day: date, tip: str) -> QDateEdit:
    edit = QDateEdit(qdate(day))
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    edit.setToolTip(tip)
    return edit


def price_cents(edit: QLineEdit) -> int | None:
    """The negotiated price typed, in cents; None when empty (the plan's price applies)."""
    return parse_euros(edit.text(), "price_override_cents")


def fill_plans(combo: QComboBox, rows: list[PlanRow]) -> None:
    combo.clear()
    for plan in rows:
        combo.addItem(plan_label(plan), plan.id)
        combo.setItemData(combo.count() - 1, includes_text(plan) or plan.description,
                          Qt.ItemDataRole.ToolTipRole)


# -- pickers ------------------------------------------------------------------------------

class OrganizationPicker(QLineEdit):
    """A line edit suggesting organisations whose name contains the text typed (accents and
    case do not matter); :meth:`org_id` is the one picked, or the only one matching."""

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self._names: list[tuple[int, str]] | None = None     # loaded when first needed
        self._picked: int | None = None
        self.setClearButtonEnabled(True)
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setMaxVisibleItems(SUGGESTIONS)
        self._completer.activated.connect(self._chosen)
        self.setCompleter(self._completer)
        self.textEdited.connect(self._edited)

    def names(self) -> list[tuple[int, str]]:
        if self._names is None:
            from tierslieu.services import organizations

            self._names = organizations.names(self.engine)
        return self._names

    def matching(self, text: str) -> list[tuple[int, str]]:
        key = fold(text.strip())
        return [(i, n) for i, n in self.names() if key and key in fold(n)]

    def _edited(self, text: str) -> None:
        self._picked = None
        self._model.setStringList([n for _i, n in self.matching(text)[:SUGGESTIONS]])
        if self._model.rowCount() and self.hasFocus():
            self._completer.complete()

    def _chosen(self, name: str) -> None:
        self._picked = next((i for i, n in self.names() if n == name), None)

    def pick(self, org_id: int, name: str) -> None:
        self.setText(name)
        self._picked = org_id

    def org_id(self) -> int | None:
        if self._picked is not None:
            return self._picked
        text = self.text().strip()
        exact = [i for i, n in self.names() if fold(n) == fold(text)]
        if len(exact) == 1:
            return exact[0]
        found = self.matching(text)
        return found[0][0] if len(found) == 1 else None


class PartyPicker(QWidget):
    """A member or an organisation: two radio buttons and the search field that goes with
    the choice. :meth:`ids` is ``(person_id, organization_id)``."""

    sig_kind_changed = Signal()
    """member / organisation switched"""

    def __init__(self, engine: Engine, parent: QWidget | None = None, *,
                 placeholder: str = "") -> None:
        super().__init__(parent)
        self.member_radio = QRadioButton(self.tr("Member"))
        self.org_radio = QRadioButton(self.tr("Organisation"))
        self.member_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.member_radio)
        group.addButton(self.org_radio)
        self.member_edit = MemberPicker(engine, self)
        self.member_edit.setPlaceholderText(placeholder or self.tr("Type part of a name…"))
        self.member_edit.setToolTip(self.tr("A member: type part of their name or e-mail and "
                                            "pick them in the list"))
        self.org_edit = OrganizationPicker(engine, self)
        self.org_edit.setPlaceholderText(placeholder or self.tr("Type part of a name…"))
        self.org_edit.setToolTip(self.tr("An organisation: type part of its name and pick it "
                                         "in the list"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.member_edit)
        self.stack.addWidget(self.org_edit)
        self.stack.setSizePolicy(self.member_edit.sizePolicy())
        self.member_radio.toggled.connect(self._toggled)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.member_radio)
        lay.addWidget(self.org_radio)
        lay.addWidget(self.stack, 1)
        self.setFocusProxy(self.member_edit)

    def _toggled(self, member: bool) -> None:
        edit = self.member_edit if member else self.org_edit
        self.stack.setCurrentWidget(edit)
        self.setFocusProxy(edit)
        self.sig_kind_changed.emit()

    def is_member(self) -> bool:
        return self.member_radio.isChecked()

    def edit(self) -> QLineEdit:
        return self.member_edit if self.is_member() else self.org_edit

    def text(self) -> str:
        return self.edit().text().strip()

    def ids(self) -> tuple[int | None, int | None]:
        """``(person_id, None)`` or ``(None, org_id)``; ``(None, None)`` when nothing (or
        nothing unambiguous) is chosen."""
        if self.is_member():
            return self.member_edit.person_id(), None
        return None, self.org_edit.org_id()


# -- subscribe ----------------------------------------------------------------------------

class SubscriptionDialog(QDialog):
    """``SubscriptionDialog(engine)``; after ``exec()`` accepted, ``saved`` is the new
    subscription. Only the plans on sale are offered."""

    def __init__(self, engine: Engine, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.today = today or timeutil.local_today()
        self.saved: SubscriptionRow | None = None
        self.plans = plan_service.list_plans(engine)            # on sale only
        self.setWindowTitle(self.tr("New subscription"))
        self.setMinimumWidth(560)
        self._build()
        self._plan_changed()

    def _build(self) -> None:
        self.subject = PartyPicker(self.engine, self)
        self.subject_error = error_label()
        self.plan_combo = QComboBox()
        self.plan_combo.setAccessibleName(self.tr("Plan"))
        self.plan_combo.setToolTip(self.tr("The plans on sale (« Plans… » withdraws or adds "
                                           "one)"))
        fill_plans(self.plan_combo, self.plans)
        self.plan_combo.currentIndexChanged.connect(self._plan_changed)
        self.plan_info = QLabel()
        self.plan_info.setProperty("muted", True)
        self.plan_info.setWordWrap(True)
        self.plan_error = error_label()
        self.start_edit = date_edit(self.today, self.tr("The first day of the subscription"))
        self.start_edit.setAccessibleName(self.tr("Start"))
        self.start_error = error_label()
        self.end_check = QCheckBox(self.tr("Ends on"))
        self.end_check.setToolTip(self.tr("Leave unticked for an open-ended subscription"))
        self.end_edit = date_edit(end_of_month(self.today), self.tr(
            "The last day of the subscription (included)"))
        self.end_edit.setAccessibleName(self.tr("End"))
        self.end_edit.setEnabled(False)
        self.end_check.toggled.connect(self.end_edit.setEnabled)
        end_row = QWidget()
        end_lay = QHBoxLayout(end_row)
        end_lay.setContentsMargins(0, 0, 0, 0)
        end_lay.addWidget(self.end_check)
        end_lay.addWidget(self.end_edit, 1)
        end_row.setFocusProxy(self.end_check)
        self.end_error = error_label()
        self.payer = PartyPicker(self.engine, self, placeholder=self.tr(
            "The subscriber (leave empty)"))
        self.payer.setToolTip(self.tr("Who receives the invoices: a startup can pay for its "
                                      "founders (one invoice, a line for each)"))
        self.payer_error = error_label()
        self.price_edit = QLineEdit()
        self.price_edit.setAccessibleName(self.tr("Agreed price"))
        self.price_edit.setToolTip(self.tr("A negotiated monthly price excl. VAT in euros, "
                                           "e.g. 250,00; empty: the plan's price"))
        self.price_error = error_label()
        self.notes_edit = QLineEdit()
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setToolTip(self.tr("A note kept with the subscription"))
        self.notes_error = error_label()
        self.general_error = error_label()

        form = QFormLayout()
        form.addRow(self.tr("&Subscriber"), with_below(self.subject, self.subject_error))
        form.addRow(self.tr("&Plan"), with_below(self.plan_combo, self.plan_info,
                                                 self.plan_error))
        form.addRow(self.tr("S&tart"), with_below(self.start_edit, self.start_error))
        form.addRow(self.tr("&End"), with_below(end_row, self.end_error))
        form.addRow(self.tr("Pa&id by"), with_below(self.payer, self.payer_error))
        form.addRow(self.tr("Agreed p&rice (€)"), with_below(self.price_edit,
                                                              self.price_error))
        form.addRow(self.tr("&Notes"), with_below(self.notes_edit, self.notes_error))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Subscribe"))
        self.ok_button.setEnabled(bool(self.plans))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.field_errors = FieldErrors(self.general_error, {
            "person": (self.subject.member_edit, self.subject_error),
            "plan": (self.plan_combo, self.plan_error),
            "start_on": (self.start_edit, self.start_error),
            "end_on": (self.end_edit, self.end_error),
            "payer": (self.payer.member_edit, self.payer_error),
            "price_override_cents": (self.price_edit, self.price_error),
            "notes": (self.notes_edit, self.notes_error),
        }, key_fields={"person_not_found": "person", "org_not_found": "person",
                       "plan_not_found": "plan", "subscription_one_payer": "payer"},
            on_show=self.adjustSize)
        self.subject.sig_kind_changed.connect(lambda: self._follow(self.subject, "person"))
        self.payer.sig_kind_changed.connect(lambda: self._follow(self.payer, "payer"))
        self.price_edit.textChanged.connect(
            lambda _t: self.field_errors.clear_field("price_override_cents"))

        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.general_error)
        lay.addWidget(self.buttons)
        self.subject.setFocus()

    def _follow(self, picker: PartyPicker, field: str) -> None:
        """The red border goes on the search field shown."""
        self.field_errors.clear_field(field)
        label = self.field_errors.fields[field][1]
        self.field_errors.fields[field] = (picker.edit(), label)

    def _plan_changed(self) -> None:
        plan = self.plan()
        if plan is None:
            self.plan_info.setText(self.tr("No plan on sale: create one with « Plans… »."))
            return
        text = includes_text(plan) or plan.description
        if plan.billing == "once":
            text += " · " if text else ""
            text += self.tr("a pack ends {days} days after its start unless an end is "
                            "given").format(days=plan.validity_days or 365)
        self.plan_info.setText(text)
        self.plan_info.setToolTip(plan.description)
        self.price_edit.setPlaceholderText(self.tr("list price {price}").format(
            price=fmt_money(plan.price_cents)))

    def plan(self) -> PlanRow | None:
        plan_id = self.plan_combo.currentData()
        return next((p for p in self.plans if p.id == plan_id), None)

    def plan_names(self) -> list[str]:
        """The plans offered (tests)."""
        return [p.name for p in self.plans]

    # -- saving ---------------------------------------------------------------------------

    def collect(self) -> SubscriptionInput | None:
        """The input to send, or None after showing what is missing under its field."""
        person, org = self.subject.ids()
        ok = True
        if person is None and org is None:
            self.field_errors.show_message("person", self.tr(
                "Choose the subscriber in the suggestions (type part of the name)")
                if self.subject.text() else self.tr("Who subscribes? A member or an "
                                                    "organisation."))
            ok = False
        payer_person, payer_org = self.payer.ids()
        if self.payer.text() and payer_person is None and payer_org is None:
            self.field_errors.show_message("payer", self.tr(
                "Choose the payer in the suggestions, or leave it empty"))
            ok = False
        try:
            override = price_cents(self.price_edit)
        except TiersLieuError as exc:
            self.field_errors.show(exc)
            return None
        if not ok:
            return None
        plan = self.plan()
        return SubscriptionInput(
            plan.id if plan else 0, pydate(self.start_edit.date()), person, org,
            payer_person, payer_org,
            pydate(self.end_edit.date()) if self.end_check.isChecked() else None,
            override, self.notes_edit.text())

    def accept(self) -> None:
        self.field_errors.clear()
        data = self.collect()
        if data is None:
            return
        try:
            self.saved = subscriptions.create(self.engine, data)
        except TiersLieuError as exc:
            self.field_errors.show(exc)
            return
        super().accept()


# -- end ----------------------------------------------------------------------------------

class EndDialog(QDialog):
    """Set a subscription's last day (default: the end of the current month); the service
    refuses a day before what is already invoiced, and says so under the date."""

    def __init__(self, engine: Engine, row: SubscriptionRow, parent: QWidget | None = None,
                 *, today: date | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.row = row
        self.saved: SubscriptionRow | None = None
        today = today or timeutil.local_today()
        self.setWindowTitle(self.tr("End a subscription"))
        self.setMinimumWidth(460)
        intro = QLabel(self.tr("“{plan}” of <b>{who}</b>, since {start}").format(
            plan=html.escape(row.plan_name), who=html.escape(row.subscriber_name),
            start=fmt_date(row.start_on)))
        intro.setWordWrap(True)
        default = max(end_of_month(today), end_of_month(row.start_on))
        self.date_edit = date_edit(default, self.tr("The last day billed (included)"))
        self.date_edit.setAccessibleName(self.tr("Last day"))
        self.date_edit.dateChanged.connect(self._update)
        self.date_error = error_label()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setProperty("muted", True)
        self.general_error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Last day"), with_below(self.date_edit, self.date_error))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("End the subscription"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.field_errors = FieldErrors(self.general_error, {
            "end_on": (self.date_edit, self.date_error)},
            key_fields={"subscription_already_billed": "end_on"}, on_show=self.adjustSize)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.summary)
        lay.addWidget(self.general_error)
        lay.addWidget(self.buttons)
        self._update()

    def day(self) -> date:
        return pydate(self.date_edit.date())

    def _update(self) -> None:
        self.field_errors.clear_field("end_on")
        self.summary.setText(self.tr(
            "The subscription ends on {date} (the last day billed); nothing is billed "
            "after it.").format(date=fmt_date(self.day())))

    def accept(self) -> None:
        self.field_errors.clear()
        try:
            self.saved = subscriptions.end(self.engine, self.row.id, self.day())
        except TiersLieuError as exc:
            self.field_errors.show(exc)
            return
        super().accept()


# -- change plan --------------------------------------------------------------------------

class ChangePlanDialog(QDialog):
    """Move a subscription to another plan from a day: the old one ends the day before."""

    def __init__(self, engine: Engine, row: SubscriptionRow, parent: QWidget | None = None,
                 *, today: date | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.row = row
        self.saved: SubscriptionRow | None = None
        today = today or timeutil.local_today()
        self.plans = [p for p in plan_service.list_plans(engine) if p.id != row.plan_id]
        self.setWindowTitle(self.tr("Change plan"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr("<b>{who}</b>: “{plan}” since {start}").format(
            who=html.escape(row.subscriber_name), plan=html.escape(row.plan_name),
            start=fmt_date(row.start_on)))
        intro.setWordWrap(True)
        self.plan_combo = QComboBox()
        self.plan_combo.setAccessibleName(self.tr("New plan"))
        fill_plans(self.plan_combo, self.plans)
        self.plan_combo.currentIndexChanged.connect(self._update)
        self.plan_error = error_label()
        first = end_of_month(today) + timedelta(days=1)
        if first <= row.start_on:
            first = row.start_on + timedelta(days=1)
        self.date_edit = date_edit(first, self.tr("The first day of the new plan; the old "
                                                  "one ends the day before"))
        self.date_edit.setAccessibleName(self.tr("From"))
        self.date_edit.dateChanged.connect(self._update)
        self.date_error = error_label()
        self.price_edit = QLineEdit()
        self.price_edit.setAccessibleName(self.tr("Agreed price"))
        self.price_edit.setToolTip(self.tr("A negotiated monthly price excl. VAT for the new "
                                           "plan, e.g. 250,00; empty: its list price"))
        self.price_error = error_label()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setProperty("muted", True)
        self.general_error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("New &plan"), with_below(self.plan_combo, self.plan_error))
        form.addRow(self.tr("&From"), with_below(self.date_edit, self.date_error))
        form.addRow(self.tr("Agreed p&rice (€)"), with_below(self.price_edit,
                                                              self.price_error))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Change plan"))
        self.ok_button.setEnabled(bool(self.plans))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.field_errors = FieldErrors(self.general_error, {
            "plan": (self.plan_combo, self.plan_error),
            "start_on": (self.date_edit, self.date_error),
            "price_override_cents": (self.price_edit, self.price_error),
        }, key_fields={"plan_not_found": "plan"}, on_show=self.adjustSize)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.summary)
        lay.addWidget(self.general_error)
        lay.addWidget(self.buttons)
        self._update()

    def day(self) -> date:
        return pydate(self.date_edit.date())

    def plan(self) -> PlanRow | None:
        plan_id = self.plan_combo.currentData()
        return next((p for p in self.plans if p.id == plan_id), None)

    def _update(self) -> None:
        self.field_errors.clear_field("start_on")
        plan = self.plan()
        if plan is None:
            self.summary.setText(self.tr("No other plan on sale."))
            return
        self.price_edit.setPlaceholderText(self.tr("list price {price}").format(
            price=fmt_money(plan.price_cents)))
        self.summary.setText(self.tr("“{old}” ends on {before}; “{new}” starts on {day}.")
                             .format(old=self.row.plan_name, new=plan.name,
                                     before=fmt_date(self.day() - timedelta(days=1)),
                                     day=fmt_date(self.day())))

    def accept(self) -> None:
        self.field_errors.clear()
        plan = self.plan()
        if plan is None:
            return
        try:
            self.saved = subscriptions.change_plan(
                self.engine, self.row.id, plan.id, self.day(),
                price_override_cents=price_cents(self.price_edit))
        except TiersLieuError as exc:
            errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
            for err in errors:
                field = self.field_errors.field_of(err)
                # the old plan's last day is the day before the one chosen here
                self.field_errors.show_message("start_on" if field == "end_on" else field,
                                               err.message())
            return
        super().accept()


__all__ = ["ChangePlanDialog", "EndDialog", "OrganizationPicker", "PartyPicker",
           "SubscriptionDialog", "end_of_month"]
