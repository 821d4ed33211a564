"""The kiosk's community directory: who here knows accounting, who does hardware.

Open only to a member who signed in. Everything comes from
``directory.kiosk_search`` / ``kiosk_skills`` run as that member: consenting members
only, with only the fields they chose (:class:`KioskEntry`), so no widget here ever holds
another member's hidden e-mail or phone. The cards (:mod:`tierslieu.gui.kiosk.cards`)
sit under a search field and one row of skill chips, with an empty-state hint; tapping a
card opens it whole (:class:`KioskEntryDetail`), whose skills list who else has them.
The kiosk window's inactivity logout applies here as on the home screen, and clears it.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tierslieu import security
from tierslieu.gui.kiosk.cards import CENTER, ENTRY_ROLE, CardGrid, KioskDirectoryModel
from tierslieu.gui.tasks import run_task
from tierslieu.services import directory, kiosk
from tierslieu.services.directory import KioskEntry
from tierslieu.services.kiosk import KioskUser

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 250
SKILL_COLUMNS = 3          # the skill buttons of a member's whole card, per row

STYLE = """
#kioskDirectory #dirTitle { font-size: 22pt; font-weight: 700; color: #ffffff; }
#kioskDirectory QPushButton#chip { font-size: 13pt; padding: 8px 16px; min-height: 28px;
                                   border-radius: 20px; }
#kioskDirectory #count { font-size: 13pt; font-weight: 600; color: #37474f; }
#kioskDirectory #emptyTitle { font-size: 18pt; font-weight: 700; color: #123f46; }
#kioskDirectory QListView { background: transparent; border: none; }
#kioskDirectory #entryCard { background: #ffffff; border: 1px solid #dde3e6;
                             border-radius: 16px; }
#kioskDirectory #entryName { font-size: 24pt; font-weight: 700; color: #1b2a30; }
#kioskDirectory #entryHeadline { font-size: 15pt; font-style: italic; color: #546e7a; }
#kioskDirectory #entryOrgs { font-size: 15pt; color: #1f6f78; }
#kioskDirectory #entrySection { font-size: 12pt; font-weight: 700; color: #546e7a; }
#kioskDirectory #entryContact { font-size: 15pt; color: #1b2a30; }
#kioskDirectory QPushButton#entrySkill { font-size: 13pt; padding: 8px 14px;
                                         min-height: 28px; border-radius: 20px;
                                         background: #e0f2f1; color: #123f46;
                                         border: none; }
#kioskDirectory #chipBox, #kioskDirectory #chipViewport,
#kioskDirectory #chipArea { background: transparent; }
#kioskDirectory QScrollBar:horizontal { height: 8px; background: transparent; margin: 0; }
#kioskDirectory QScrollBar:vertical { width: 12px; background: #e4ebee; margin: 0;
                                      border-radius: 6px; }
#kioskDirectory QScrollBar::handle { background: #90a4ae; border-radius: 4px;
                                     min-width: 40px; min-height: 40px; }
#kioskDirectory QScrollBar::add-line, #kioskDirectory QScrollBar::sub-line
    { width: 0; height: 0; border: none; background: none; }
#kioskDirectory QScrollBar::add-page, #kioskDirectory QScrollBar::sub-page
    { background: none; }
"""



class KioskEntryDetail(QWidget):
    """One member's whole card, opened by tapping theirs: the headline and organisations
    unshortened, every skill (a card shows one row of them and "+N"), the contacts the
    member chose to show. A skill is a button: tapping it lists who else has it."""

    sig_back = Signal()
    """back to the cards"""
    sig_skill = Signal(str)
    """the member tapped a skill: list the members who show it"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry: KioskEntry | None = None
        self.back_button = QPushButton(self.tr("← All members"), self)
        self.back_button.setAccessibleName(self.tr("Back to the list of members"))
        self.back_button.clicked.connect(self.sig_back)
        card = QFrame(self)
        card.setObjectName("entryCard")
        card.setMaximumWidth(900)
        self.name_label = self._label(card, "entryName")
        self.headline_label = self._label(card, "entryHeadline")
        self.orgs_label = self._label(card, "entryOrgs")
        self.skills_title = self._label(card, "entrySection")
        self.skills_title.setText(self.tr("Skills"))
        self._skills_box = QWidget(card)
        self._skills = QGridLayout(self._skills_box)
        self._skills.setContentsMargins(0, 0, 0, 0)
        self._skills.setSpacing(8)
        self.skills_hint = self._label(card, "hint")
        self.skills_hint.setText(self.tr("Tap a skill to see everyone who shows it."))
        self.contacts_title = self._label(card, "entrySection")
        self.contacts_title.setText(self.tr("Contact"))
        self.email_label = self._label(card, "entryContact")
        self.phone_label = self._label(card, "entryContact")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 26, 32, 28)
        inner.setSpacing(10)
        for w in (self.name_label, self.headline_label, self.orgs_label):
            inner.addWidget(w)
        inner.addSpacing(8)
        inner.addWidget(self.skills_title)
        inner.addWidget(self._skills_box)
        inner.addWidget(self.skills_hint)
        inner.addSpacing(8)
        inner.addWidget(self.contacts_title)
        inner.addWidget(self.email_label)
        inner.addWidget(self.phone_label)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(card, 4)
        centred.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(top)
        outer.addLayout(centred)
        outer.addStretch(1)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.sig_back)

    @staticmethod
    def _label(parent: QWidget, name: str) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    def show_entry(self, entry: KioskEntry) -> None:
        self.entry = entry
        fields = dict(entry.fields)
        self.name_label.setText(entry.name)
        self.setAccessibleName(entry.name)
        for label, key in ((self.headline_label, "headline"), (self.orgs_label, "organizations")):
            label.setText(fields.get(key, ""))
            label.setVisible(bool(fields.get(key)))
        while self._skills.count():
            item = self._skills.takeAt(0)
            if item is not None and (w := item.widget()) is not None:
                w.hide()
                w.deleteLater()
        tags = [t for t in fields.get("tags", "").split(", ") if t]
        for i, tag in enumerate(tags):
            b = QPushButton(tag, self._skills_box)
            b.setObjectName("entrySkill")
            b.setToolTip(self.tr("Everyone who shows this skill"))
            b.clicked.connect(lambda _c=False, t=tag: self.sig_skill.emit(t))
            self._skills.addWidget(b, i // SKILL_COLUMNS, i % SKILL_COLUMNS)
        self.skills_title.setVisible(bool(tags))
        self.skills_hint.setVisible(bool(tags))
        self._skills_box.setVisible(bool(tags))
        self.email_label.setText("✉  " + fields["email"] if fields.get("email") else "")
        self.phone_label.setText("☎  " + fields["phone"] if fields.get("phone") else "")
        self.email_label.setVisible(bool(fields.get("email")))
        self.phone_label.setVisible(bool(fields.get("phone")))
        self.contacts_title.setVisible(bool(fields.get("email") or fields.get("phone")))

    def forget(self) -> None:
        """Sign-out, inactivity: nothing of the last card stays in a widget."""
        self.show_entry(KioskEntry("", ()))
        self.entry = None

    def skill_buttons(self) -> list[QPushButton]:
        return [b for b in self._skills_box.findChildren(QPushButton) if b.isVisibleTo(self)]


class KioskDirectoryScreen(QWidget):
    """``screen.open_for(user)`` shows the directory to the member who signed in."""

    sig_back = Signal()
    """the member goes back to the home screen"""
    sig_sign_out = Signal()
    """the member signs out from here"""

    def __init__(self, parent: QWidget | None = None, *, engine: Any) -> None:
        super().__init__(parent)
        self.engine = engine
        self.user: KioskUser | None = None
        self._generation = 0          # answers to an older search are dropped
        self.setObjectName("kioskDirectory")
        self.setStyleSheet(STYLE)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)

        bar = QFrame(self)
        bar.setObjectName("topBar")
        self.back_button = QPushButton(self.tr("← Back"), bar)
        self.back_button.setAccessibleName(self.tr("Back to the home screen"))
        self.back_button.clicked.connect(self.sig_back)
        title = QLabel(self.tr("Community directory"), bar)
        title.setObjectName("dirTitle")
        self.sign_out_button = QPushButton(self.tr("Sign out"), bar)
        self.sign_out_button.clicked.connect(self.sig_sign_out)
        h = QHBoxLayout(bar)
        h.setContentsMargins(20, 14, 20, 14)
        h.setSpacing(20)
        h.addWidget(self.back_button)
        h.addWidget(title)
        h.addStretch(1)
        h.addWidget(self.sign_out_button)

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search a name, a skill, an organisation…"))
        self.search_edit.setAccessibleName(self.tr("Search the directory"))
        self.search_edit.setMaxLength(directory.KIOSK_TEXT_MAX)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.search_edit.returnPressed.connect(self.search_now)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setAccessibleName(self.tr("Clear the search"))
        self.clear_button.clicked.connect(self.clear_search)
        search_row = QHBoxLayout()
        search_row.setSpacing(12)
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.clear_button)

        self.chips = QButtonGroup(self)
        self.chips.setExclusive(True)
        self.chips.buttonClicked.connect(self._chip_clicked)
        self._chip_box = QWidget()
        self._chip_box.setObjectName("chipBox")
        self._chip_row = QHBoxLayout(self._chip_box)
        self._chip_row.setContentsMargins(0, 0, 0, 0)
        self._chip_row.setSpacing(8)
        self.chip_area = QScrollArea(self)
        self.chip_area.setAccessibleName(self.tr("Skills"))
        self.chip_area.setWidget(self._chip_box)
        self.chip_area.setWidgetResizable(True)
        self.chip_area.setFrameShape(QFrame.Shape.NoFrame)
        self.chip_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chip_area.setObjectName("chipArea")
        self.chip_area.viewport().setObjectName("chipViewport")
        QScroller.grabGesture(self.chip_area.viewport(),
                              QScroller.ScrollerGestureType.TouchGesture)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        hint = QLabel(self.tr("Only the members who chose to appear are listed, with what "
                              "they chose to show."), self)
        hint.setObjectName("hint")
        info_row = QHBoxLayout()
        info_row.addWidget(self.count_label)
        info_row.addSpacing(24)
        info_row.addWidget(hint, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.model = KioskDirectoryModel(self)
        self.grid = CardGrid(self)
        self.grid.setModel(self.model)
        self.grid.setAccessibleName(self.tr("Members"))
        self.empty = QWidget(self)
        self.empty_title = QLabel(self.empty)
        self.empty_title.setObjectName("emptyTitle")
        self.empty_title.setAlignment(CENTER)
        self.empty_title.setWordWrap(True)
        self.empty_hint = QLabel(self.empty)
        self.empty_hint.setObjectName("summary")
        self.empty_hint.setAlignment(CENTER)
        self.empty_hint.setWordWrap(True)
        ev = QVBoxLayout(self.empty)
        ev.addStretch(1)
        ev.addWidget(self.empty_title)
        ev.addWidget(self.empty_hint)
        ev.addStretch(2)
        self.grid.setToolTip(self.tr("Tap a card to see it whole"))
        self.grid.clicked.connect(self.open_entry)
        self.grid.activated.connect(self.open_entry)
        self.detail = KioskEntryDetail(self)
        self.detail.sig_back.connect(self.close_entry)
        self.detail.sig_skill.connect(self._skill_from_card)
        self.results = QStackedWidget(self)
        self.results.addWidget(self.grid)
        self.results.addWidget(self.empty)
        self.results.addWidget(self.detail)

        body = QVBoxLayout()
        body.setContentsMargins(24, 16, 24, 16)
        body.setSpacing(12)
        body.addLayout(search_row)
        body.addWidget(self.chip_area)
        body.addLayout(info_row)
        body.addWidget(self.results, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(bar)
        outer.addLayout(body, 1)
        self._set_chips([])

    # -- content ------------------------------------------------------------------------

    def open_for(self, user: KioskUser) -> None:
        """Fresh for ``user``: no search text, every skill, the skills list reloaded."""
        self.user = user
        self._timer.stop()
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        try:
            with security.acting_as(kiosk.principal(user)):
                skills = directory.kiosk_skills(self.engine, viewer=user.person_id)
        except Exception as exc:  # noqa: BLE001 - a member never gets a dialog here
            log.warning("the kiosk directory's skills failed: %s", exc)
            skills = []
        self._set_chips(skills)
        self.search_now()
        self.search_edit.setFocus()

    def clear(self) -> None:
        """Forget everything (sign-out, inactivity): the next member starts afresh."""
        self.user = None
        self._generation += 1
        self._timer.stop()
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self._set_chips([])
        self.model.set_rows([])
        self.detail.forget()
        self.count_label.clear()
        self.results.setCurrentWidget(self.grid)

    def clear_search(self) -> None:
        self.search_edit.clear()
        self.chips.button(0).setChecked(True)
        self.chip_area.horizontalScrollBar().setValue(0)
        self.search_now()

    def _set_chips(self, skills: list[str]) -> None:
        for b in self.chips.buttons():
            self.chips.removeButton(b)
            b.hide()
            b.deleteLater()
        while self._chip_row.count():
            self._chip_row.takeAt(0)
        for i, label in enumerate([self.tr("All skills"), *skills]):
            b = QPushButton(label, self._chip_box)
            b.setObjectName("chip")
            b.setCheckable(True)
            b.setProperty("skill", skill_value := (skills[i - 1] if i else ""))
            b.setAccessibleName(label if skill_value else self.tr("All skills"))
            self.chips.addButton(b, i)
            self._chip_row.addWidget(b)
        self._chip_row.addStretch(1)
        self.chips.button(0).setChecked(True)

    def _chip_clicked(self, button: QPushButton) -> None:
        self.chip_area.ensureWidgetVisible(button)
        self.search_now()

    def skill(self) -> str:
        b = self.chips.checkedButton()
        return str(b.property("skill") or "") if b is not None else ""

    def choose_skill(self, skill: str) -> bool:
        """Check the chip of ``skill`` ("" for every skill) and search; False if none."""
        for b in self.chips.buttons():
            if str(b.property("skill") or "") == skill:
                b.setChecked(True)
                self.chip_area.ensureWidgetVisible(b)
                self.search_now()
                return True
        return False

    def skills(self) -> list[str]:
        return [str(b.property("skill")) for b in self.chips.buttons() if b.property("skill")]

    def search_now(self) -> None:
        """Ask the service as the signed-in member (never as the bare device)."""
        self._timer.stop()
        if self.user is None:
            return
        self._generation += 1
        generation, user = self._generation, self.user
        text, skill = self.search_edit.text().strip(), self.skill() or None
        engine = self.engine

        def work(_progress: Any) -> list[KioskEntry]:
            with security.acting_as(kiosk.principal(user)):   # in the worker thread too
                return directory.kiosk_search(engine, text, skill=skill,
                                              viewer=user.person_id)

        def done(rows: list[KioskEntry]) -> None:
            if generation == self._generation and self.user is not None:
                self._show(rows, filtered=bool(text or skill))

        def failed(exc: BaseException) -> None:
            log.warning("the kiosk directory search failed: %s", exc)
            if generation == self._generation and self.user is not None:
                self.model.set_rows([])
                self.count_label.clear()
                self.empty_title.setText(self.tr("The directory is not available right now."))
                self.empty_hint.setText(self.tr("Please ask the front desk."))
                self.results.setCurrentWidget(self.empty)

        run_task(self, work, on_done=done, on_error=failed)

    def _show(self, rows: list[KioskEntry], *, filtered: bool) -> None:
        self.grid.highlight = self.skill()
        self.model.set_rows(rows)
        self.grid.scrollToTop()
        n = len(rows)
        if n:
            self.count_label.setText(self.tr("1 member") if n == 1
                                     else self.tr("%1 members").replace("%1", str(n)))
            self.results.setCurrentWidget(self.grid)
            return
        self.count_label.clear()
        if filtered:
            self.empty_title.setText(self.tr("No member matches your search."))
            self.empty_hint.setText(self.tr("Try another name or skill, or clear the search."))
        else:
            self.empty_title.setText(self.tr("Nobody is listed in the directory yet."))
            self.empty_hint.setText("")
        self.results.setCurrentWidget(self.empty)

    def open_entry(self, index: QModelIndex) -> None:
        """The tapped card, whole (still only what the member chose to show)."""
        entry = index.data(ENTRY_ROLE) if index.isValid() else None
        if isinstance(entry, KioskEntry):
            self.detail.show_entry(entry)
            self.results.setCurrentWidget(self.detail)
            self.detail.back_button.setFocus()

    def close_entry(self) -> None:
        self.results.setCurrentWidget(self.grid if self.model.rowCount() else self.empty)
        self.grid.setFocus()

    def _skill_from_card(self, skill: str) -> None:
        """From a member's card: everyone listed with that skill, whatever was typed."""
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        if not self.choose_skill(skill):     # a skill no chip has (cannot happen): as text
            self.search_edit.setText(skill)
            self.search_now()

    def shown_entry(self) -> KioskEntry | None:
        """The member whose whole card is open, or None when the cards are shown."""
        return self.detail.entry if self.results.currentWidget() is self.detail else None

    def empty_text(self) -> str:
        """The empty-state message shown now, or "" when cards are shown."""
        return self.empty_title.text() if self.results.currentWidget() is self.empty else ""
