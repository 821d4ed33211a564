"""The Billing page's « Abonnements » tab: who is on which plan, who pays, at what price;
subscribe a member or an organisation, end a subscription, change its plan, and the plans.

The rows are :func:`tierslieu.services.billing.subscriptions.list_subscriptions` (those
active today, or all), loaded off the GUI thread with the plans
(:func:`tierslieu.services.billing.plans.list_plans`); the search on a name and the plan
filter apply to the loaded rows, in the tab. Every change goes through the subscription
dialogs (:mod:`tierslieu.gui.billing.subscription_dialog`), whose services check the role
and the rules (overlaps, days already invoiced).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tierslieu import security, timeutil
from tierslieu.db.models.billing import PLAN_KINDS
from tierslieu.gui.billing.common import list_table, search_field
from tierslieu.gui.billing.subscription_models import (
    SubscriptionsModel,
    matches,
    subscription_details,
)
from tierslieu.gui.context import AppContext
from tierslieu.gui.errors import show_error
from tierslieu.gui.fmt import fmt_date, fmt_money
from tierslieu.gui.mentoring.common import EmptyHint, icon
from tierslieu.gui.models.base import ROW_ROLE
from tierslieu.gui.permissions import guard, shown
from tierslieu.gui.tasks import run_task
from tierslieu.i18n import choice_label

if TYPE_CHECKING:
    from tierslieu.services.billing.dto import PlanRow, SubscriptionRow


@dataclass(frozen=True)
class _Loaded:
    generation: int
    rows: list[SubscriptionRow]
    plans: list[PlanRow]


class SubscriptionsTab(QWidget):
    """Tab contract: ``sig_status``, ``refresh``; plus ``new_subscription`` (Ctrl+N) and
    ``focus_search``."""

    sig_status = Signal(str)
    """a message for the status bar"""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = timeutil.local_today()
        self.model = SubscriptionsModel(self, today=self.today)
        self.loaded: list[SubscriptionRow] = []      # the service's answer, before filters
        self.plans: list[PlanRow] = []
        self.dialog: QDialog | None = None            # the last dialog opened (tests)
        self._generation = 0
        self._detail_generation = 0
        self._wanted: int | None = None               # the subscription to select next
        self._build()

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.search_edit = search_field(
            self.tr("Search a subscriber"), self.tr("Subscriber or payer… (Ctrl+F)"),
            self.tr("Part of the subscriber's or the payer's name; accents and case do not "
                    "matter"))
        self.search_edit.textChanged.connect(lambda _t: self.apply_filters())
        self.plan_combo = QComboBox()
        self.plan_combo.setAccessibleName(self.tr("Plan"))
        self.plan_combo.setToolTip(self.tr("Only the subscriptions to one plan"))
        self.plan_combo.addItem(self.tr("All plans"), None)
        self.plan_combo.setMinimumContentsLength(18)
        self.plan_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.active_check = QCheckBox(self.tr("Active &today only"))
        self.active_check.setChecked(True)
        self.active_check.setToolTip(self.tr("Untick to see every subscription: ended, "
                                             "future and replaced by a plan change"))
        self.active_check.toggled.connect(lambda _c: self.reload())
        self.plans_button = QPushButton(icon("billing"), self.tr("&Plans…"))
        self.plans_button.setToolTip(self.tr("The plans: prices, credits included; create "
                                             "one, withdraw one from sale"))
        self.plans_button.clicked.connect(self.open_plans)
        bar = QHBoxLayout()
        bar.setSpacing(6)
        bar.addWidget(self.search_edit, 3)
        bar.addWidget(self.plan_combo, 1)
        bar.addWidget(self.active_check)
        bar.addStretch(0)
        bar.addWidget(self.plans_button)

        self.view = self._table()
        self.empty = EmptyHint(self.view)
        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.detail_label.setAccessibleName(self.tr("Subscription details"))
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.count_label = QLabel()
        self.count_label.setProperty("muted", True)
        self.new_button = QPushButton(icon("add"), self.tr("&New subscription…"))
        self.new_button.setToolTip(self.tr("Subscribe a member or an organisation to a plan "
                                           "(Ctrl+N)"))
        self.new_button.clicked.connect(self.new_subscription)
        self.end_button = QPushButton(self.tr("En&d…"))
        self.end_button.setToolTip(self.tr("Set the last day of the selected subscription "
                                           "(Del)"))
        self.end_button.clicked.connect(self.end_subscription)
        self.change_button = QPushButton(self.tr("&Change plan…"))
        self.change_button.setToolTip(self.tr("Move the selected subscription to another "
                                              "plan from a given day"))
        self.change_button.clicked.connect(self.change_plan)
        guard("billing.write", self.new_button, self.end_button, self.change_button,
              self.act_end)
        foot = QHBoxLayout()
        foot.setSpacing(6)
        foot.addWidget(self.count_label, 1)
        foot.addWidget(self.new_button)
        foot.addWidget(self.end_button)
        foot.addWidget(self.change_button)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 8, 0, 0)
        lay.setSpacing(6)
        lay.addLayout(bar)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.detail_label)
        lay.addLayout(foot)
        self._show_details(None)

    def _table(self) -> QTableView:
        view = QTableView()
        view.setObjectName("subscriptions_table")
        view.setModel(self.model)
        view.setAccessibleName(self.tr("Subscriptions"))
        view.setToolTip(self.tr("Double-click or Enter: the subscription's details; "
                                "Del: end it"))
        header = list_table(view)
        # the service's order (newest first) until a header is clicked
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        header.setStretchLastSection(False)
        fm = view.fontMetrics()
        longest_kind = max((choice_label(k) for k in PLAN_KINDS), key=fm.horizontalAdvance)
        samples = {1: "Bureau privatif (ancien)", 2: longest_kind, 3: "Startup Exemple SAS",
                   4: "28/12/2026", 5: "28/12/2026", 6: "1 200,00 € (pack)", 7: "À venir"}
        for column in range(self.model.columnCount()):
            if column == 0:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, fm.horizontalAdvance(samples[column]) + 28)
        view.activated.connect(self._on_activated)
        view.doubleClicked.connect(self._on_activated)
        view.selectionModel().currentRowChanged.connect(self._on_current)
        self.act_end = QAction(self.tr("End the subscription…"), self)
        self.act_end.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.act_end.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_end.triggered.connect(self.end_subscription)
        view.addAction(self.act_end)
        return view

    # -- tab contract ---------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def refresh(self) -> None:
        """Reload the plans and the subscriptions (keeping the filters and the selection)."""
        self.reload()

    def reload(self) -> None:
        from tierslieu.services.billing import plans, subscriptions

        self._generation += 1
        generation = self._generation
        engine = self.ctx.engine
        self.today = timeutil.local_today()
        active_on = self.today if self.active_check.isChecked() else None

        def work(_progress: Any) -> _Loaded:
            return _Loaded(generation, subscriptions.list_subscriptions(
                engine, active_on=active_on), plans.list_plans(engine, include_inactive=True))

        run_task(self, work, on_done=self._loaded, on_error=lambda e: show_error(self, e),
                 label=self.tr("Loading the subscriptions…"))

    def _loaded(self, data: _Loaded) -> None:
        if data.generation != self._generation:
            return          # an answer to an older request: a newer one is on its way
        self.loaded = data.rows
        self.plans = data.plans
        self.model.today = self.today
        self.model.list_prices = {p.id: p.price_cents for p in data.plans}
        self._set_plans(data.plans)
        self.apply_filters()

    def _set_plans(self, rows: list[PlanRow]) -> None:
        combo = self.plan_combo
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for plan in rows:
            combo.addItem(plan.name if plan.active else self.tr("{name} (withdrawn)").format(
                name=plan.name), plan.id)
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
        combo.blockSignals(False)

    # -- filters --------------------------------------------------------------------------

    def apply_filters(self) -> None:
        """Show the loaded rows matching the search and the plan; keep the selection."""
        current = self.current()
        keep = self._wanted if self._wanted is not None else (current.id if current else None)
        search = self.search_edit.text()
        plan_id = self.plan_combo.currentData()
        rows = [r for r in self.loaded if matches(r, search, plan_id)]
        self.model.set_rows(rows)
        self._count(rows)
        filtered = bool(search.strip()) or plan_id is not None
        if filtered and self.loaded:
            self.empty.set_text(self.tr("No subscription matches these filters."))
        elif self.active_check.isChecked():
            self.empty.set_text(self.tr("No subscription active today. Untick “Active today "
                                        "only” to see the others, or subscribe a member with "
                                        "“New subscription…”."))
        else:
            self.empty.set_text(self.tr("No subscription yet: “New subscription…” subscribes a "
                                        "member or an organisation to a plan."))
        row = self.model.find_row(lambda r: r.id == keep) if keep is not None else -1
        if row >= 0:
            self._wanted = None
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
            self._show_details(self.model.row_at(row))
        else:
            self.view.clearSelection()
            self.view.setCurrentIndex(QModelIndex())
            self._show_details(None)

    def _count(self, rows: list[SubscriptionRow]) -> None:
        text = self.tr("%n subscription(s)", "", len(rows))
        if len(rows) != len(self.loaded):
            text = self.tr("{shown} of {total}").format(shown=text, total=len(self.loaded))
        monthly = sum(r.price_cents for r in rows
                      if r.billing == "monthly" and r.active_on(self.today))
        if monthly:
            text += " · " + self.tr("{amount} excl. VAT a month for those active today").format(
                amount=fmt_money(monthly))
        self.count_label.setText(text)
        self.sig_status.emit(text)

    def _reveal(self, row: SubscriptionRow) -> None:
        """Select ``row`` after a reload, clearing the filters that would hide it."""
        self._wanted = row.id
        self.search_edit.blockSignals(True)
        self.plan_combo.blockSignals(True)
        if not matches(row, self.search_edit.text(), None):
            self.search_edit.clear()
        if self.plan_combo.currentData() not in (None, row.plan_id):
            self.plan_combo.setCurrentIndex(0)
        self.search_edit.blockSignals(False)
        self.plan_combo.blockSignals(False)
        if self.active_check.isChecked() and not row.active_on(timeutil.local_today()):
            self.active_check.setChecked(False)      # reloads
        else:
            self.reload()

    # -- selection and details ------------------------------------------------------------

    def current(self) -> SubscriptionRow | None:
        index = self.view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select(self, sub_id: int) -> bool:
        row = self.model.find_row(lambda r: r.id == sub_id)
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
        return row >= 0

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_details(current.data(ROW_ROLE) if current.isValid() else None)

    def _on_activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE) if index.isValid() else None
        self._show_details(row)
        if row is not None:
            self.sig_status.emit(self.detail_label.text())

    def _show_details(self, row: SubscriptionRow | None) -> None:
        writable = row is not None
        self.end_button.setEnabled(writable)
        self.change_button.setEnabled(writable)
        self.act_end.setEnabled(writable)
        if row is None:
            self.detail_label.setText(self.tr("Select a subscription to see who pays it, its "
                                              "notes and the plan it follows."))
            self.detail_label.setProperty("muted", True)
            self._repolish()
            return
        self.detail_label.setProperty("muted", False)
        self._repolish()
        previous = next((r for r in self.loaded if r.id == row.previous_id), None)
        self.detail_label.setText(subscription_details(row, previous))
        if row.previous_id is not None and previous is None:
            self._load_previous(row)

    def _repolish(self) -> None:
        style = self.detail_label.style()
        style.unpolish(self.detail_label)
        style.polish(self.detail_label)

    def _load_previous(self, row: SubscriptionRow) -> None:
        from tierslieu.services.billing import subscriptions

        assert row.previous_id is not None
        previous_id = row.previous_id
        self._detail_generation += 1
        generation = self._detail_generation
        engine = self.ctx.engine

        def done(previous: SubscriptionRow) -> None:
            current = self.current()
            if generation == self._detail_generation and current is not None \
                    and current.id == row.id:
                self.detail_label.setText(subscription_details(row, previous))

        run_task(self, lambda _p: subscriptions.get(engine, previous_id), on_done=done,
                 on_error=lambda e: show_error(self, e))

    # -- actions --------------------------------------------------------------------------

    def _may_write(self) -> bool:
        if security.allowed("billing.write"):
            return True
        self.sig_status.emit(self.tr("Your role does not allow changing subscriptions"))
        return False

    def new_subscription(self) -> None:
        """Ctrl+N: the new subscription dialog (billing.write only)."""
        if not self._may_write():
            return
        from tierslieu.gui.billing.subscription_dialog import SubscriptionDialog

        dialog = SubscriptionDialog(self.ctx.engine, self)
        self.dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return
        row = dialog.saved
        end = self.tr(" to {date}").format(date=fmt_date(row.end_on)) if row.end_on else ""
        self.sig_status.emit(self.tr("{who} subscribed to “{plan}” from {start}{end}").format(
            who=row.subscriber_name, plan=row.plan_name, start=fmt_date(row.start_on),
            end=end))
        self._reveal(row)

    def end_subscription(self) -> None:
        row = self.current()
        if row is None or not self._may_write():
            return
        from tierslieu.gui.billing.subscription_dialog import EndDialog

        dialog = EndDialog(self.ctx.engine, row, self)
        self.dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return
        saved = dialog.saved
        self.sig_status.emit(self.tr("Subscription “{plan}” of {who} ended on {date}").format(
            plan=saved.plan_name, who=saved.subscriber_name, date=fmt_date(saved.end_on)))
        self._reveal(saved)

    def change_plan(self) -> None:
        row = self.current()
        if row is None or not self._may_write():
            return
        from tierslieu.gui.billing.subscription_dialog import ChangePlanDialog

        dialog = ChangePlanDialog(self.ctx.engine, row, self)
        self.dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return
        new = dialog.saved
        self.sig_status.emit(self.tr("{who}: “{old}” until {before}, then “{new}” from {day}")
                             .format(who=new.subscriber_name, old=row.plan_name,
                                     new=new.plan_name,
                                     before=fmt_date(new.start_on - timedelta(days=1)),
                                     day=fmt_date(new.start_on)))
        self._reveal(new)

    def open_plans(self) -> None:
        from tierslieu.gui.billing.plan_dialog import PlansDialog

        dialog = PlansDialog(self.ctx.engine, self)
        self.dialog = dialog
        dialog.exec()
        if dialog.changed:
            self.reload()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        # a role may change at sign-in: write buttons follow it
        for control in (self.new_button, self.end_button, self.change_button, self.act_end):
            shown(control)


__all__ = ["SubscriptionsTab"]
