"""Import members from a CSV file: choose the file, check the columns (dry run), import.

The file is read and imported off the GUI thread through :func:`tierslieu.gui.tasks.run_task`;
the rules (validation, all-or-nothing, updates by e-mail) are the service's
(:func:`tierslieu.services.member_import.import_table`), the wizard only shows them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
    QWizard,
)

from tierslieu.errors import TiersLieuError
from tierslieu.gui import settings_store
from tierslieu.gui.context import AppContext
from tierslieu.gui.errors import error_text
from tierslieu.gui.forms.ui_import_wizard import Ui_ImportWizard
from tierslieu.gui.models.base import DISPLAY, HORIZONTAL, RIGHT, Column, RowTableModel
from tierslieu.gui.tasks import run_task
from tierslieu.i18n import field_label
from tierslieu.io.csv_members import FIELDS, ParsedTable, read_table
from tierslieu.services import member_import
from tierslieu.services.dto import ImportReport

PAGE_FILE, PAGE_MAPPING, PAGE_RESULT = 0, 1, 2
PREVIEW_ROWS = 50
SETTINGS_DIR = "import_wizard/dir"
FOREGROUND = Qt.ItemDataRole.ForegroundRole

Mapping = dict[int, str | None]
ErrorRow = tuple[int, str | None, str]      # line, field, message (ImportReport.errors)

_ENCODINGS = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 (BOM)", "cp1252": "Windows-1252",
              "utf-16": "UTF-16"}



PreviewRow = tuple[int, list[str]]          # line, cells (ParsedTable.rows)


def _cell_column(i: int, title: str) -> Column[PreviewRow]:
    """The file's column ``i`` (a function, so each column keeps its own index)."""
    return Column(f"c{i}", title, lambda r: r[1][i] if i < len(r[1]) else "")


class PreviewModel(RowTableModel[PreviewRow]):
    """The first rows of the file; headers say which field each column feeds."""

    def __init__(self, table: ParsedTable, parent: QObject | None = None) -> None:
        columns: list[Column[PreviewRow]] = [
            Column("line", QCoreApplication.translate("ImportWizard", "Line"), lambda r: r[0],
                   sort_key=lambda r: r[0], align=RIGHT)]
        columns += [_cell_column(i, header or QCoreApplication.translate("ImportWizard",
                                                                         "(no name)"))
                    for i, header in enumerate(table.headers)]
        super().__init__(columns, parent)
        self._mapping: Mapping = {}
        self._grey = QBrush(QColor(150, 150, 150))
        self.set_rows(table.rows[:PREVIEW_ROWS])

    def set_mapping(self, mapping: Mapping) -> None:
        self._mapping = dict(mapping)
        last = self.columnCount() - 1
        self.headerDataChanged.emit(HORIZONTAL, 1, last)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 1), self.index(self.rowCount() - 1, last),
                                  [FOREGROUND])

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if role == FOREGROUND:
            col = index.column()
            return self._grey if col and not self._mapping.get(col - 1) else None
        return super().data(index, role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role == DISPLAY and orientation == HORIZONTAL and 0 < section < self.columnCount():
            name = self._mapping.get(section - 1)
            target = field_label(name) if name else QCoreApplication.translate("ImportWizard", "ignored")
            return f"{self.columns[section].title}\n→ {target}"
        return super().headerData(section, orientation, role)


class ErrorsModel(RowTableModel[ErrorRow]):
    """Row errors as the service reports them: line, field, message."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column("line", QCoreApplication.translate("ImportWizard", "Line"), lambda e: e[0], sort_key=lambda e: e[0], align=RIGHT),
            Column("field", QCoreApplication.translate("ImportWizard", "Field"), lambda e: field_label(e[1]) if e[1] else ""),
            Column("message", QCoreApplication.translate("ImportWizard", "Problem"), lambda e: e[2], tooltip=lambda e: e[2]),
        ], parent)


def _setup_table(view: QTableView, model: RowTableModel[Any]) -> None:
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setStretchLastSection(True)


class ImportWizard(QWizard):
    """``ImportWizard(ctx, parent, path)``: ``path`` skips the file dialog (drag and drop, CLI)."""

    sig_imported = Signal(object)
    """the ImportReport of an import that wrote to the database"""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 path: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ImportWizard()
        self.ui.setupUi(self)
        self.table: ParsedTable | None = None
        self.table_path = ""
        self.combos: list[QComboBox] = []
        self.preview: PreviewModel | None = None
        self.dry_report: ImportReport | None = None
        self.report: ImportReport | None = None        # the import's, once done
        self.failure: BaseException | None = None
        self._mapping_for: ParsedTable | None = None   # the table the combos were built for
        self._next_when_loaded = False
        self._next_when_done = False
        self._importing = False
        self.dry_errors = ErrorsModel(self)
        self.result_errors = ErrorsModel(self)
        _setup_table(self.ui.errorsView, self.dry_errors)
        _setup_table(self.ui.resultErrorsView, self.result_errors)
        for view in (self.ui.errorsView, self.ui.resultErrorsView):
            view.horizontalHeader().resizeSection(0, 60)
            view.horizontalHeader().resizeSection(1, 140)
        self.ui.mappingPage.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.pathEdit.editingFinished.connect(self._path_edited)
        self.ui.dryRunButton.clicked.connect(self.dry_run)
        self.ui.skipInvalidCheck.toggled.connect(lambda _on: self._show_dry_summary())
        self.ui.retryButton.clicked.connect(self.retry)
        if path:
            self.ui.pathEdit.setText(path)
            self.load(path)

    # -- page 1: the file -----------------------------------------------------------------

    def browse(self) -> None:
        start = str(settings_store.value(SETTINGS_DIR, "") or "")
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a CSV file"), start,
            self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if path:
            settings_store.set_value(SETTINGS_DIR, str(Path(path).parent))
            self.ui.pathEdit.setText(path)
            self.load(path)

    def _path_edited(self) -> None:
        path = self.ui.pathEdit.text().strip()
        if path and path != self.table_path:
            self.load(path)

    def load(self, path: str) -> None:
        """Read ``path`` off the GUI thread; page 1 then shows what was detected."""
        self.table, self.table_path = None, path
        self._show_file_state(None, None)

        def done(table: ParsedTable) -> None:
            if path != self.table_path:
                return      # a newer choice superseded this one
            self.table = table
            self._show_file_state(table, None)
            if self._next_when_loaded:
                self._next_when_loaded = False
                self.next()

        def failed(exc: BaseException) -> None:
            if path == self.table_path:
                self._next_when_loaded = False
                self._show_file_state(None, exc)

        run_task(self, lambda _p: read_table(path), on_done=done, on_error=failed,
                 label=self.tr("Reading the file…"))

    def _show_file_state(self, table: ParsedTable | None, exc: BaseException | None) -> None:
        ui = self.ui
        if table is None:
            for label in (ui.encodingValue, ui.delimiterValue, ui.rowsValue, ui.columnsValue):
                label.setText("—")
            ui.fileWarnings.setVisible(False)
        else:
            ui.encodingValue.setText(_ENCODINGS.get(table.encoding, table.encoding))
            ui.delimiterValue.setText(self._delimiter_text(table.delimiter))
            ui.rowsValue.setText(str(len(table.rows)))
            ui.columnsValue.setText(", ".join(h for h in table.headers if h))
            notes = [n.message() for n in table.warnings]
            ui.fileWarnings.setText("\n".join("⚠ " + n for n in notes))
            ui.fileWarnings.setVisible(bool(notes))
        ui.fileError.setText(error_text(exc) if exc is not None else "")
        ui.fileError.setVisible(exc is not None)

    def _delimiter_text(self, delimiter: str) -> str:
        return {";": self.tr("semicolon ( ; )"), ",": self.tr("comma ( , )"),
                "\t": self.tr("tab")}.get(delimiter, delimiter)

    # -- page 2: the mapping and the dry run ----------------------------------------------

    def _build_mapping(self, table: ParsedTable) -> None:
        from tierslieu.io.csv_members import guess_mapping

        form = self.ui.mappingForm
        while form.rowCount():
            form.removeRow(0)
        self.combos = []
        guessed = guess_mapping(table.headers)
        for index, header in enumerate(table.headers):
            combo = QComboBox(self.ui.mappingContents)
            # long field names must not push the combos out of the narrow column
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.addItem(self.tr("(ignore)"), None)
            for name in FIELDS:
                combo.addItem(field_label(name), name)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(index))))
            sample = next((cells[index] for _line, cells in table.rows
                           if index < len(cells) and cells[index].strip()), "")
            combo.setToolTip(self.tr("Example: %1").replace("%1", sample) if sample else "")
            combo.currentIndexChanged.connect(lambda _i, c=combo: self._mapping_changed(c))
            label = QLabel(header or self.tr("(no name)"), self.ui.mappingContents)
            label.setToolTip(combo.toolTip())
            form.addRow(label, combo)
            self.combos.append(combo)
        self.preview = PreviewModel(table, self)
        _setup_table(self.ui.previewView, self.preview)
        header = self.ui.previewView.horizontalHeader()
        header.setDefaultSectionSize(130)
        header.resizeSection(0, 50)
        self._mapping_for = table
        self._mapping_changed(None)

    def mapping(self) -> Mapping:
        return {i: combo.currentData() for i, combo in enumerate(self.combos)}

    def _mapping_changed(self, changed: QComboBox | None) -> None:
        if changed is not None and changed.currentData() is not None:
            # one column per field: the column chosen last wins, the other one is ignored
            for combo in self.combos:
                if combo is not changed and combo.currentData() == changed.currentData():
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        if self.preview is not None:
            self.preview.set_mapping(self.mapping())
        self.dry_report = None
        self.dry_errors.set_rows([])
        self.ui.errorsView.setVisible(False)
        self.ui.dryRunSummary.setProperty("error", False)
        self._restyle(self.ui.dryRunSummary)
        self.ui.dryRunSummary.setText(self.tr(
            "Press “Dry run” to check every row before importing."))

    def dry_run(self) -> None:
        """Do the whole import in a transaction rolled back; show the counts and row errors."""
        if self.table is None:
            return
        table, mapping, engine = self.table, self.mapping(), self.ctx.engine
        self.ui.dryRunButton.setEnabled(False)

        def work(progress: Any) -> ImportReport:
            # skip_invalid so the counts of the valid rows are known even when some are not
            return member_import.import_table(engine, table, mapping, dry_run=True,
                                              skip_invalid=True, progress=progress)

        def done(report: ImportReport) -> None:
            self.ui.dryRunButton.setEnabled(True)
            self.dry_report = report
            self.dry_errors.set_rows(report.errors)
            self.ui.errorsView.setVisible(bool(report.errors))
            self._show_dry_summary()

        def failed(exc: BaseException) -> None:
            self.ui.dryRunButton.setEnabled(True)
            self._show_summary_error(exc)

        run_task(self, work, on_done=done, on_error=failed, label=self.tr("Checking the rows…"))

    def _show_dry_summary(self) -> None:
        report = self.dry_report
        if report is None:
            return
        parts = [self.tr("%n to create", "", report.created),
                 self.tr("%n to update", "", report.updated)]
        if report.organizations_created:
            parts.append(self.tr("%n organisation(s) to create", "",
                                 len(report.organizations_created)))
        parts.append(self.tr("%n error(s)", "", len(report.errors)))
        text = ", ".join(parts) + "."
        if report.errors and not self.ui.skipInvalidCheck.isChecked():
            text += " " + self.tr("As it stands nothing will be imported: fix the file, or tick "
                                  "“skip the invalid ones”.")
        self.ui.dryRunSummary.setProperty("error", False)
        self._restyle(self.ui.dryRunSummary)
        self.ui.dryRunSummary.setText(text)

    def _show_summary_error(self, exc: BaseException) -> None:
        self.ui.dryRunSummary.setText(error_text(exc))
        self.ui.dryRunSummary.setProperty("error", True)
        self._restyle(self.ui.dryRunSummary)

    @staticmethod
    def _restyle(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    # -- page 3: the import ---------------------------------------------------------------

    def _start_import(self) -> None:
        assert self.table is not None
        table, mapping, engine = self.table, self.mapping(), self.ctx.engine
        skip = self.ui.skipInvalidCheck.isChecked()
        self._importing = True
        self.button(QWizard.WizardButton.CommitButton).setEnabled(False)

        def finish(report: ImportReport | None, exc: BaseException | None) -> None:
            self._importing = False
            self.button(QWizard.WizardButton.CommitButton).setEnabled(True)
            self.report, self.failure = report, exc
            if report is not None and report.written:
                self.sig_imported.emit(report)
            if self._next_when_done and self.currentId() == PAGE_MAPPING:
                self._next_when_done = False
                self.next()

        run_task(self, lambda progress: member_import.import_table(
                     engine, table, mapping, skip_invalid=skip, progress=progress),
                 on_done=lambda report: finish(report, None),
                 on_error=lambda exc: finish(None, exc),
                 label=self.tr("Importing members…"))

    def _show_result(self) -> None:
        ui, report, exc = self.ui, self.report, self.failure
        if report is not None:
            lines = ["<b>" + self.tr("%n member(s) created", "", report.created) + ", "
                     + self.tr("%n updated", "", report.updated) + ".</b>"]
            if report.organizations_created:
                lines.append(self.tr("Organisations created: %1").replace(
                    "%1", _html(", ".join(report.organizations_created))))
            if report.errors:
                lines.append(self.tr("%n invalid row(s) skipped (below).", "",
                                     len({e[0] for e in report.errors})))
            errors = report.errors
            ui.resultHint.setText(self.tr("The members are now in the list. Importing the same "
                                          "file again updates the people it matches by e-mail "
                                          "address instead of duplicating them."))
        else:
            rows = getattr(getattr(exc, "report", None), "errors", None) or []
            lines = ["<b><span style='color:#c62828'>" + self.tr("Nothing was imported.")
                     + "</span></b>"]
            if exc is not None:
                # the rows are listed below: the message's first line is the summary
                message = error_text(exc)
                lines.append(_html(_first_line(message) if rows else message)
                             .replace("\n", "<br>"))
            errors = rows
            ui.resultHint.setText(self.tr("The database is unchanged. Correct the file and "
                                          "import it again, or go back and tick “skip the "
                                          "invalid ones”."))
        ui.retryButton.setVisible(report is None)
        ui.resultSummary.setText("<br>".join(lines))
        self.result_errors.set_rows(errors)
        ui.resultErrorsView.setVisible(bool(errors))

    # -- QWizard hooks --------------------------------------------------------------------

    def initializePage(self, page_id: int) -> None:
        if page_id == PAGE_MAPPING and self.table is not None \
                and self._mapping_for is not self.table:
            self._build_mapping(self.table)
        elif page_id == PAGE_RESULT:
            self._show_result()
        super().initializePage(page_id)

    def validateCurrentPage(self) -> bool:
        page = self.currentId()
        if page == PAGE_FILE:
            path = self.ui.pathEdit.text().strip()
            if not path:
                self.ui.fileError.setText(self.tr("Choose a file first."))
                self.ui.fileError.setVisible(True)
                return False
            if self.table is not None and path == self.table_path:
                return True
            self._next_when_loaded = False
            self.load(path)          # inline in tests: the table is then already there
            if self.table is not None:
                return True
            # still reading in the worker: move on by itself when done, unless it failed
            self._next_when_loaded = not self.ui.fileError.isVisible()
            return False
        if page == PAGE_MAPPING:
            if not {"first_name", "last_name"} & set(filter(None, self.mapping().values())):
                self._show_summary_error(TiersLieuError("csv_no_header"))
                return False
            if self.report is not None or self.failure is not None:
                return True
            if not self._importing:
                self._next_when_done = False
                self._start_import()
            if self.report is not None or self.failure is not None:
                return True
            self._next_when_done = True      # the worker's callback will turn the page
            return False
        return super().validateCurrentPage()

    def retry(self) -> None:
        """After a refused import: back to the columns, to change them or skip bad rows."""
        self.report = self.failure = None
        self.back()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _first_line(text: str) -> str:
    return text.split("\n", 1)[0]
