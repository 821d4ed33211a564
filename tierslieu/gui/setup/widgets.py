"""Editors the first-run wizard and the settings page share: opening hours, time zone,
logo, the small table of resources, and form rows with an inline error label."""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass, replace
from datetime import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from tierslieu.db.models.space import RESOURCE_KINDS
from tierslieu.errors import TiersLieuError, ValidationError, ValidationErrors
from tierslieu.i18n import choice_label, current_language
from tierslieu.money import format_euros, parse_euros
from tierslieu.services.setup import LOGO_TYPES, ResourceSpec

Hours = dict[int, list[tuple[time, time]]]
DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def error_label() -> QLabel:
    """A hidden red label for one field's message (the style sheet's ``error`` property)."""
    label = QLabel()
    label.setProperty("error", True)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def form_row(form: QFormLayout, text: str, widget: QWidget, tip: str = "") -> QLabel:
    """``text`` (with its mnemonic) as the buddy label of ``widget``, and an error label
    under it; returns the error label."""
    label = QLabel(text)
    label.setBuddy(widget)
    if tip:
        widget.setToolTip(tip)
    form.addRow(label, widget)
    err = error_label()
    form.setWidget(form.rowCount(), QFormLayout.ItemRole.FieldRole, err)
    return err


# -- time zone ------------------------------------------------------------------------------

FRENCH_ZONES = ("Europe/Paris", "America/Guadeloupe", "America/Martinique", "America/Cayenne",
                "Indian/Reunion", "Indian/Mayotte", "Pacific/Noumea", "Pacific/Tahiti",
                "America/Miquelon")


class TimezoneCombo(QComboBox):
    """Every IANA zone, the French ones first; type to search ("Reunion", "Paris")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        zones = sorted(zoneinfo.available_timezones() - set(FRENCH_ZONES))
        self.addItems([*FRENCH_ZONES, *zones])
        self.insertSeparator(len(FRENCH_ZONES))
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.set_zone("Europe/Paris")

    def zone(self) -> str:
        return self.currentText().strip()

    def set_zone(self, zone: str) -> None:
        index = self.findText(zone)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(zone)


# -- logo -----------------------------------------------------------------------------------

class LogoPicker(QWidget):
    """A file path, a Browse… button and a small preview."""

    sig_changed = Signal()
    """the path changed"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("PNG, JPEG or GIF image (optional)"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setAccessibleName(self.tr("Logo file"))
        self.browse_button = QPushButton(self.tr("Br&owse…"))
        self.browse_button.setToolTip(self.tr("Choose the logo printed on the reports"))
        self.preview = QLabel()
        self.preview.setFixedSize(QSize(96, 48))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(self.tr("Logo preview"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.browse_button)
        row.addWidget(self.preview)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._update)
        self.browse_button.clicked.connect(self.browse)

    def path(self) -> str:
        return self.edit.text().strip()

    def set_path(self, path: str) -> None:
        self.edit.setText(path)

    def browse(self) -> None:
        patterns = " ".join(f"*{ext}" for ext in LOGO_TYPES)
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the logo"), str(Path(self.path()).parent if self.path()
                                                  else Path.home()),
            self.tr("Images ({patterns})").format(patterns=patterns))
        if chosen:
            self.edit.setText(chosen)

    def _update(self) -> None:
        pixmap = QPixmap(self.path()) if self.path() else QPixmap()
        if pixmap.isNull():
            self.preview.clear()
        else:
            self.preview.setPixmap(pixmap.scaled(self.preview.size(),
                                                 Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))
        self.sig_changed.emit()


# -- opening hours --------------------------------------------------------------------------

def _qtime(t: time) -> QTime:
    return QTime(t.hour, t.minute)


def _time(q: QTime) -> time:
    return time(q.hour(), q.minute())


class HoursEditor(QWidget):
    """One row per weekday: open or not, from–to, and an optional second range (after a
    lunch break). Empty hours mean "open all the time" for the booking rules."""

    sig_changed = Signal()
    """any hour or day changed"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        days = [self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"),
                self.tr("Thursday"), self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday")]
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        for col, text in enumerate((self.tr("Opens"), self.tr("Closes"), "",
                                    self.tr("Opens again"), self.tr("Closes"))):
            head = QLabel(text)
            head.setProperty("hint", True)
            grid.addWidget(head, 0, col + 1)
        self.rows: list[tuple[QCheckBox, QTimeEdit, QTimeEdit, QCheckBox, QTimeEdit,
                              QTimeEdit]] = []
        for day, name in enumerate(days):
            open_box = QCheckBox(name)
            open_box.setToolTip(self.tr("Open on {day}").format(day=name))
            opens, closes = self._time_edit(name, self.tr("opens")), \
                self._time_edit(name, self.tr("closes"))
            split = QCheckBox(self.tr("Break"))
            split.setToolTip(self.tr("{day}: closed for a break, then open again").format(
                day=name))
            split.setAccessibleName(self.tr("{day}: break").format(day=name))
            opens2 = self._time_edit(name, self.tr("opens again"))
            closes2 = self._time_edit(name, self.tr("closes again"))
            for col, w in enumerate((open_box, opens, closes, split, opens2, closes2)):
                grid.addWidget(w, day + 1, col)
            open_box.toggled.connect(self._sync)
            split.toggled.connect(self._sync)
            self.rows.append((open_box, opens, closes, split, opens2, closes2))
        grid.setColumnStretch(6, 1)
        self.copy_button = QPushButton(self.tr("Cop&y Monday to the other weekdays"))
        self.copy_button.setToolTip(self.tr("Give Tuesday to Friday Monday's hours"))
        self.copy_button.clicked.connect(self.copy_monday)
        grid.addWidget(self.copy_button, 8, 0, 1, 4, Qt.AlignmentFlag.AlignLeft)
        self.set_hours({})

    def _time_edit(self, day: str, what: str) -> QTimeEdit:
        edit = QTimeEdit()
        edit.setDisplayFormat("HH:mm")
        edit.setAccessibleName(f"{day}: {what}")
        edit.setToolTip(f"{day}: {what}")
        edit.timeChanged.connect(lambda _t: self.sig_changed.emit())
        return edit

    def _sync(self) -> None:
        for open_box, opens, closes, split, opens2, closes2 in self.rows:
            is_open = open_box.isChecked()
            for w in (opens, closes, split):
                w.setEnabled(is_open)
            for w in (opens2, closes2):
                w.setEnabled(is_open and split.isChecked())
        self.sig_changed.emit()

    def set_hours(self, hours: Hours) -> None:
        for day, (open_box, opens, closes, split, opens2, closes2) in enumerate(self.rows):
            ranges = sorted(hours.get(day, []))
            open_box.setChecked(bool(ranges))
            first = ranges[0] if ranges else (time(9), time(19))
            second = ranges[1] if len(ranges) > 1 else (time(14), time(19))
            opens.setTime(_qtime(first[0]))
            closes.setTime(_qtime(first[1]))
            split.setChecked(len(ranges) > 1)
            opens2.setTime(_qtime(second[0]))
            closes2.setTime(_qtime(second[1]))
        self._sync()

    def hours(self) -> Hours:
        out: Hours = {}
        for day, (open_box, opens, closes, split, opens2, closes2) in enumerate(self.rows):
            if not open_box.isChecked():
                continue
            ranges = [(_time(opens.time()), _time(closes.time()))]
            if split.isChecked():
                ranges.append((_time(opens2.time()), _time(closes2.time())))
            out[day] = ranges
        return out

    def copy_monday(self) -> None:
        monday = self.hours().get(0, [])
        hours = self.hours()
        for day in range(1, 5):
            if monday:
                hours[day] = list(monday)
            else:
                hours.pop(day, None)
        self.set_hours(hours)


# -- first resources ------------------------------------------------------------------------

@dataclass
class ResourceLine:
    name: str = ""
    kind: str = "meeting_room"
    capacity: int = 1
    price: str = ""                 # euros as typed ("25", "25,50")
    locked: bool = False            # an existing resource, shown for reference


COL_NAME, COL_KIND, COL_CAPACITY, COL_PRICE = range(4)


class ResourcesModel(QAbstractTableModel):
    """The editable rows of the resources table (name, kind, capacity, hourly price)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[ResourceLine] = []
        self._headers = [self.tr("Name"), self.tr("Kind"), self.tr("Capacity"),
                         self.tr("Hourly price (€)")]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return self._headers[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and not self.lines[index.row()].locked:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        line, col = self.lines[index.row()], index.column()
        if role == DISPLAY:
            return (line.name, choice_label(line.kind, current_language()),
                    str(line.capacity), line.price)[col]
        if role == EDIT:
            return (line.name, line.kind, line.capacity, line.price)[col]
        if role == ALIGN and col in (COL_CAPACITY, COL_PRICE):
            return RIGHT
        if role == TOOLTIP and line.locked:
            return self.tr("Already created")
        if role == FOREGROUND and line.locked:
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text)
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = EDIT) -> bool:
        if role != EDIT or not index.isValid() or self.lines[index.row()].locked:
            return False
        line, col = self.lines[index.row()], index.column()
        if col == COL_NAME:
            line.name = str(value)
        elif col == COL_KIND and value in RESOURCE_KINDS:
            line.kind = str(value)
        elif col == COL_CAPACITY:
            line.capacity = int(value)
        elif col == COL_PRICE:
            line.price = str(value).strip()
        else:
            return False
        self.dataChanged.emit(index, index, [DISPLAY, EDIT])
        return True

    def set_lines(self, lines: list[ResourceLine]) -> None:
        self.beginResetModel()
        self.lines = [replace(line) for line in lines]
        self.endResetModel()

    def add_line(self, line: ResourceLine | None = None) -> int:
        row = len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.append(line or ResourceLine())
        self.endInsertRows()
        return row

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self.lines) and not self.lines[row].locked:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.lines[row]
            self.endRemoveRows()

    def specs(self) -> tuple[ResourceSpec, ...]:
        """The new (unlocked) rows with a name or a price, prices parsed by the app's one
        money parser; a bad price is a ``resources`` error naming its row."""
        out, errors = [], []
        for row, line in enumerate(self.lines, start=1):
            if line.locked or not (line.name.strip() or line.price):
                continue
            try:
                cents = parse_euros(line.price, "hourly_price_cents") or 0
            except TiersLieuError as exc:
                errors.append(ValidationError("setup_resource", "resources", row=row,
                                              detail=exc.message()))
                continue
            out.append(ResourceSpec(line.name, line.kind, line.capacity, cents))
        if errors:
            raise ValidationErrors(errors)
        return tuple(out)


class KindDelegate(QStyledItemDelegate):
    """The kind column edits with a list of kinds in the interface's language."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(QCoreApplication.translate("ResourcesModel", "Kind"))
        lang = current_language()
        for code in RESOURCE_KINDS:
            combo.addItem(choice_label(code, lang), code)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(EDIT)), 0))

    def setModelData(self, editor: QWidget, model: Any,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), EDIT)


class ResourcesEditor(QWidget):
    """The table and its Add / Remove buttons (F2 or typing edits a cell)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ResourcesModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Resources"))
        self.view.setToolTip(self.tr("Name, kind, capacity and hourly price of each "
                                     "resource; F2 or typing edits the cell"))
        self.view.setItemDelegateForColumn(COL_KIND, KindDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        triggers = QAbstractItemView.EditTrigger
        self.view.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed
                                  | triggers.AnyKeyPressed | triggers.SelectedClicked)
        self.view.verticalHeader().hide()
        self.view.setTabKeyNavigation(False)   # Tab leaves the table, arrows move inside
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for col, width in ((COL_KIND, 180), (COL_CAPACITY, 90), (COL_PRICE, 140)):
            header.resizeSection(col, width)
        self.add_button = QPushButton(self.tr("Add a &resource"))
        self.add_button.setToolTip(self.tr("A new row to fill in"))
        self.add_button.clicked.connect(self.add_resource)
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.setToolTip(self.tr("Remove the selected new row"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view, 1)
        lay.addLayout(buttons)

    def add_resource(self) -> None:
        row = self.model.add_line()
        index = self.model.index(row, COL_NAME)
        self.view.setCurrentIndex(index)
        self.view.setFocus()
        self.view.edit(index)

    def remove_selected(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.remove_line(index.row())


def default_lines() -> list[ResourceLine]:
    """What the wizard proposes: a meeting room and a hot-desk zone, to rename."""
    return [ResourceLine(QCoreApplication.translate("ResourcesEditor", "Meeting room"),
                         "meeting_room", 8, "25"),
            ResourceLine(QCoreApplication.translate("ResourcesEditor", "Open space"),
                         "hot_desk_zone", 12, "")]


def price_text(cents: int) -> str:
    return format_euros(cents) if cents else ""
