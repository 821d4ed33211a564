"""Reports page: choose a report and its period, generate it off the GUI thread, preview the
pages (QtPdf), print them and save the PDF.

The PDF itself comes from :func:`tierslieu.reports.build`, the same function as
``tierslieu report monthly|annual|startup``: the page only collects the choices, shows
progress and the result, and passes the service's errors on.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tierslieu import i18n, timeutil
from tierslieu.gui import settings_store
from tierslieu.gui.context import AppContext
from tierslieu.gui.tasks import run_task

SETTINGS_KEY = "reports_page"
MONTHS_BACK = 36


@dataclass(frozen=True)
class _Startup:
    id: int
    name: str


def _month_names(lang: str) -> list[str]:
    return list(timeutil.MONTHS_EN if lang == "en" else timeutil.MONTHS_FR)


class ReportsPage(QWidget):
    """Generate, preview, print and save the director's reports."""

    icon_name = "reports"

    sig_status = Signal(str)
    """text for the status bar"""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._today = today or timeutil.local_today()
        self._tmp = tempfile.TemporaryDirectory(prefix="tierslieu-report-")
        self._counter = 0
        self.pdf_path: Path | None = None
        self.document = QPdfDocument(self)
        self._build()
        self._restore()
        self._on_kind_changed()

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

        side = QWidget()
        side.setMaximumWidth(320)
        form_box = QVBoxLayout(side)
        form_box.setContentsMargins(0, 0, 8, 0)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.kind = QComboBox()
        self.kind.addItem(self.tr("Monthly activity report"), "monthly")
        self.kind.addItem(self.tr("Annual report for funders"), "annual")
        self.kind.addItem(self.tr("Startup sheet"), "startup")
        self.kind.setToolTip(self.tr("Which report to generate"))
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        form.addRow(self.tr("&Report:"), self.kind)

        self.month = QComboBox()
        self.month.setToolTip(self.tr("The month the report covers"))
        self.month_label = QLabel(self.tr("&Month:"))
        self.month_label.setBuddy(self.month)
        form.addRow(self.month_label, self.month)

        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(self._today.year - (1 if self._today.month < 3 else 0))
        self.year.setToolTip(self.tr("The calendar year the report covers"))
        self.year_label = QLabel(self.tr("&Year:"))
        self.year_label.setBuddy(self.year)
        form.addRow(self.year_label, self.year)

        self.startup = QComboBox()
        self.startup.setToolTip(self.tr("The startup the sheet describes"))
        self.startup_label = QLabel(self.tr("&Startup:"))
        self.startup_label.setBuddy(self.startup)
        form.addRow(self.startup_label, self.startup)

        self.lang = QComboBox()
        self.lang.addItem("Français", "fr")
        self.lang.addItem("English", "en")
        self.lang.setToolTip(self.tr("Language of the report"))
        self.lang.currentIndexChanged.connect(self._fill_months)
        form.addRow(self.tr("La&nguage:"), self.lang)
        form_box.addLayout(form)

        self.generate_button = QPushButton(self.tr("&Generate"))
        self.generate_button.setDefault(True)
        self.generate_button.setToolTip(self.tr("Generate the report (Ctrl+G)"))
        self.generate_button.clicked.connect(self.generate)
        form_box.addWidget(self.generate_button)
        actions = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save the P&DF…"))
        self.save_button.setToolTip(self.tr("Save the PDF (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_as)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("Print the report (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_report)
        actions.addWidget(self.save_button)
        actions.addWidget(self.print_button)
        form_box.addLayout(actions)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setProperty("muted", True)        # its colour: app.qss / app-dark.qss
        form_box.addWidget(self.info)
        form_box.addStretch(1)
        outer.addWidget(side)

        right = QVBoxLayout()
        bar = QHBoxLayout()
        self.prev_button = QToolButton()
        self.prev_button.setText("◀")
        self.prev_button.setToolTip(self.tr("Previous page (Page Up)"))
        self.prev_button.setAccessibleName(self.tr("Previous page"))
        self.prev_button.clicked.connect(lambda: self._go(-1))
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Next page (Page Down)"))
        self.next_button.setAccessibleName(self.tr("Next page"))
        self.next_button.clicked.connect(lambda: self._go(1))
        self.page_label = QLabel()
        self.page_label.setMinimumWidth(self.page_label.fontMetrics().horizontalAdvance(
            "Page 000 / 000") + 8)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom = QComboBox()
        self.zoom.addItem(self.tr("Fit width"), "width")
        self.zoom.addItem(self.tr("Whole page"), "page")
        for pct in (50, 75, 100, 150):
            self.zoom.addItem(f"{pct} %", pct)
        self.zoom.setCurrentIndex(1)          # a whole page first; fit width to read tables
        self.zoom.setToolTip(self.tr("Zoom"))
        self.zoom.currentIndexChanged.connect(self._apply_zoom)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.page_label)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        bar.addWidget(self.zoom)
        right.addLayout(bar)

        self.stack = QStackedWidget()
        self.empty = QLabel(self.tr("Choose a report and its period, then click "
                                    "“Generate”.\nThe pages appear here, ready to print "
                                    "or save."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #78909c; font-size: 11pt;")
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setPageSpacing(12)
        self.view.setAccessibleName(self.tr("Report preview"))
        self.view.pageNavigator().currentPageChanged.connect(self._show_page_number)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        right.addWidget(self.stack, 1)
        outer.addLayout(right, 1)

        for keys, slot in ((QKeySequence("Ctrl+G"), self.generate),
                           (QKeySequence.StandardKey.Save, self.save_as),
                           (QKeySequence.StandardKey.Print, self.print_report)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._fill_months()
        self._update_actions()

    def _fill_months(self) -> None:
        keep = self.month.currentData()
        names = _month_names(self.lang.currentData() or "fr")
        self.month.blockSignals(True)
        self.month.clear()
        year, month = self._today.year, self._today.month
        for _ in range(MONTHS_BACK):
            self.month.addItem(f"{names[month - 1]} {year}", f"{year:04d}-{month:02d}")
            month -= 1
            if month == 0:
                year, month = year - 1, 12
        # default: the last finished month
        index = self.month.findData(keep) if keep else 1
        self.month.setCurrentIndex(max(index, 0))
        self.month.blockSignals(False)

    # -- state ----------------------------------------------------------------------------

    def _restore(self) -> None:
        s = settings_store.settings()
        kind = s.value(f"{SETTINGS_KEY}/kind")
        # the report speaks the interface's language unless the user chose another one
        lang = s.value(f"{SETTINGS_KEY}/lang") or i18n.current_language()
        for combo, value in ((self.kind, kind), (self.lang, lang)):
            index = combo.findData(value) if value else -1
            if index >= 0:
                combo.setCurrentIndex(index)

    def _save(self) -> None:
        s = settings_store.settings()
        s.setValue(f"{SETTINGS_KEY}/kind", self.kind.currentData())
        s.setValue(f"{SETTINGS_KEY}/lang", self.lang.currentData())

    def hideEvent(self, event: Any) -> None:
        self._save()
        super().hideEvent(event)

    @Slot()
    def _on_kind_changed(self) -> None:
        kind = self.kind.currentData()
        for widgets, shown in (((self.month_label, self.month), kind == "monthly"),
                               ((self.year_label, self.year), kind == "annual"),
                               ((self.startup_label, self.startup), kind == "startup")):
            for w in widgets:
                w.setVisible(shown)
        if kind == "startup" and self.startup.count() == 0:
            self._load_startups()

    def _load_startups(self) -> None:
        engine = self.ctx.engine

        def work(_progress: Any) -> list[_Startup]:
            from tierslieu.services import incubation as inc

            rows = inc.list_startups(engine)
            return sorted({_Startup(r.organization_id, r.name) for r in rows},
                          key=lambda s: s.name.casefold())

        run_task(self, work, on_done=self._show_startups,
                 label=self.tr("Loading the startups…"))

    def _show_startups(self, rows: list[_Startup]) -> None:
        self.startup.clear()
        for row in rows:
            self.startup.addItem(row.name, row.id)
        if not rows:
            self.info.setText(self.tr("No startup yet: add one on the Incubation page."))

    def _update_actions(self) -> None:
        ready = self.pdf_path is not None and self.document.pageCount() > 0
        for w in (self.save_button, self.print_button, self.prev_button, self.next_button,
                  self.zoom):
            w.setEnabled(ready)
        self.stack.setCurrentWidget(self.view if ready else self.empty)
        self._show_page_number()

    # -- page protocol --------------------------------------------------------------------

    def page_title(self) -> str:
        return self.tr("Reports")

    def refresh(self) -> None:
        if self.kind.currentData() == "startup":
            self._load_startups()
        else:
            self.startup.clear()

    # -- generate -------------------------------------------------------------------------

    def choices(self) -> dict[str, Any]:
        """What build() gets from the form (also used by the tests)."""
        kind = self.kind.currentData()
        out: dict[str, Any] = {"kind": kind, "lang": self.lang.currentData()}
        if kind == "monthly":
            out["month"] = self.month.currentData()
        elif kind == "annual":
            out["year"] = self.year.value()
        else:
            out["startup"] = self.startup.currentData()
        return out

    @Slot()
    def generate(self) -> None:
        from tierslieu import reports

        choices = self.choices()
        self._counter += 1
        out = Path(self._tmp.name) / f"{choices['kind']}-{self._counter}.pdf"
        engine = self.ctx.engine
        self.generate_button.setEnabled(False)
        self.info.setText(self.tr("Generating…"))

        def work(progress: Any) -> Path:
            return reports.build(choices["kind"], engine, out=out, progress=progress,
                                 **{k: v for k, v in choices.items() if k != "kind"})

        run_task(self, work, on_done=self._show_pdf, on_error=self._failed,
                 label=self.tr("Generating the report…"))

    def _failed(self, exc: BaseException) -> None:
        from tierslieu.gui.errors import show_error

        self.generate_button.setEnabled(True)
        self.info.setText("")
        show_error(self, exc)

    def _show_pdf(self, path: Path) -> None:
        self.generate_button.setEnabled(True)
        self.document.close()
        error = self.document.load(str(path))
        if error != QPdfDocument.Error.None_:
            self.pdf_path = None
            self.info.setText(self.tr("The PDF could not be opened."))
        else:
            self.pdf_path = path
            pages = self.document.pageCount()
            self.info.setText(self.tr("%n page(s), ready to print or save.", "", pages))
            self.sig_status.emit(self.tr("{report} generated").format(
                report=self.kind.currentText()))
        self._update_actions()
        self._apply_zoom()
        self.view.pageNavigator().jump(0, QPointF(), 0)

    def _apply_zoom(self) -> None:
        zoom = self.zoom.currentData()
        if zoom == "width":
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif zoom == "page":
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(int(zoom) / 100)

    def _go(self, delta: int) -> None:
        nav = self.view.pageNavigator()
        page = min(max(nav.currentPage() + delta, 0), max(self.document.pageCount() - 1, 0))
        nav.jump(page, QPointF(), nav.currentZoom())

    def _show_page_number(self, *_args: Any) -> None:
        count = self.document.pageCount() if self.pdf_path else 0
        if not count:
            self.page_label.setText("")
            return
        current = self.view.pageNavigator().currentPage() + 1
        self.page_label.setText(self.tr("Page {n} / {total}").format(n=current, total=count))

    def default_file_name(self) -> str:
        c = self.choices()
        if c["kind"] == "monthly":
            return f"rapport-activite-{c['month']}.pdf"
        if c["kind"] == "annual":
            return f"rapport-annuel-{c['year']}.pdf"
        return f"fiche-{self.startup.currentText() or 'startup'}.pdf"

    # -- save and print -------------------------------------------------------------------

    @Slot()
    def save_as(self) -> None:
        if self.pdf_path is None:
            return
        from tierslieu.gui.files import ask_save_path

        target = ask_save_path(self, self.tr("Save the report"), f"{SETTINGS_KEY}/folder",
                               self.default_file_name(), self.tr("PDF documents (*.pdf)"),
                               ".pdf")
        if target is None:
            return
        try:
            Path(target).write_bytes(self.pdf_path.read_bytes())
        except OSError as exc:
            from tierslieu.gui.errors import show_error

            show_error(self, exc)
            return
        self.sig_status.emit(self.tr("Report saved: {path}").format(path=target))

    @Slot()
    def print_report(self) -> None:
        if self.pdf_path is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.default_file_name())
        printer.setFromTo(1, self.document.pageCount())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.document.pageCount())
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.print_to(printer)
        self.sig_status.emit(self.tr("Report sent to the printer"))

    def print_to(self, printer: Any) -> int:
        """Paint the chosen pages on ``printer``; returns how many pages were printed."""
        first, last = printer.fromPage(), printer.toPage()
        if first == 0:
            first, last = 1, self.document.pageCount()
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        printed = 0
        try:
            dpi = printer.resolution()
            area = printer.pageLayout().paintRectPixels(dpi)
            for page in range(first - 1, last):
                if printed:
                    printer.newPage()
                size_pt = self.document.pagePointSize(page)
                scale = min(area.width() / size_pt.width(), area.height() / size_pt.height())
                size = QSize(int(size_pt.width() * scale), int(size_pt.height() * scale))
                image = self.document.render(page, size)
                painter.drawImage(0, 0, image)
                printed += 1
        finally:
            painter.end()
        return printed
