"""The Settings page: what the first-run wizard set, plus the booking rules, billing,
backups, retention, language and look. Saved in one go through
:func:`tierslieu.services.configuration.save`; its errors show under their fields."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tierslieu import security
from tierslieu.errors import TiersLieuError
from tierslieu.gui import settings_store, theme
from tierslieu.gui.context import AppContext
from tierslieu.gui.dialogs.field_errors import FieldErrors
from tierslieu.gui.errors import show_error
from tierslieu.gui.setup.widgets import (
    HoursEditor,
    LogoPicker,
    ResourceLine,
    ResourcesEditor,
    TimezoneCombo,
    error_label,
    form_row,
    price_text,
)
from tierslieu.i18n import current_language
from tierslieu.services import configuration, spaces
from tierslieu.services.configuration import LIMITS, Configuration

TAB_IDENTITY, TAB_HOURS, TAB_RESOURCES, TAB_BILLING, TAB_BOOKINGS, TAB_DATA, TAB_INTERFACE = \
    range(7)


def _spin(field: str, suffix: str) -> QSpinBox:
    low, high = LIMITS[field]
    box = QSpinBox()
    box.setRange(low, high)
    box.setSuffix(suffix)
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    box.setMaximumWidth(140)
    return box


def _scrolled(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(inner)
    # the tab's own background shows through, light or dark
    area.viewport().setAutoFillBackground(False)
    inner.setAutoFillBackground(False)
    return area


class SettingsPage(QWidget):
    """Page protocol: ``icon_name``, ``page_title``, ``refresh``, ``new_item``."""

    icon_name = "settings"

    sig_status = Signal(str)
    """text for the status bar"""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loaded = Configuration()
        self._filling = False
        self.dirty = False
        self.fields: dict[str, tuple[QWidget, QLabel]] = {}
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(_scrolled(self._identity_tab()), self.tr("Identity"))
        self.tabs.addTab(_scrolled(self._hours_tab()), self.tr("Opening hours"))
        self.tabs.addTab(self._resources_tab(), self.tr("Resources"))
        self.tabs.addTab(_scrolled(self._billing_tab()), self.tr("Billing"))
        self.tabs.addTab(_scrolled(self._bookings_tab()), self.tr("Bookings"))
        self.tabs.addTab(_scrolled(self._data_tab()), self.tr("Backups and data"))
        self.tabs.addTab(_scrolled(self._interface_tab()), self.tr("Interface"))
        self.general_error = error_label()
        self.field_errors = FieldErrors(self.general_error, self.fields)

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setProperty("primary", True)
        self.save_button.setToolTip(self.tr("Save every tab (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Undo &changes"))
        self.revert_button.setToolTip(self.tr("Forget the changes not saved yet"))
        self.revert_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        buttons = QHBoxLayout()
        buttons.addWidget(self.general_error, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 12)
        lay.addWidget(self.tabs, 1)
        lay.addLayout(buttons)
        self._watch_changes()
        self.refresh()

    # -- tabs ------------------------------------------------------------------------------

    def _add(self, form: QFormLayout, name: str, text: str, widget: QWidget,
             tip: str = "", target: QWidget | None = None) -> None:
        self.fields[name] = (target or widget, form_row(form, text, widget, tip))

    def _identity_tab(self) -> QWidget:
        w = QWidget()
        form = QFormLayout(w)
        self.name_edit = QLineEdit()
        self.address_edit = QLineEdit()
        self.postcode_edit = QLineEdit()
        self.postcode_edit.setMaximumWidth(120)
        self.city_edit = QLineEdit()
        self.siret_edit = QLineEdit()
        self.vat_subject = QRadioButton(self.tr("Sub&ject to VAT"))
        self.vat_subject.setToolTip(self.tr("Invoices show VAT; give the VAT number"))
        self.vat_exempt = QRadioButton(self.tr("E&xempt (franchise en base, art. 293 B du CGI)"))
        self.vat_exempt.setToolTip(self.tr("Invoices say « TVA non applicable, art. 293 B du "
                                           "CGI »"))
        group = QButtonGroup(self)
        group.addButton(self.vat_subject)
        group.addButton(self.vat_exempt)
        self.vat_edit = QLineEdit()
        self.vat_exempt.toggled.connect(lambda exempt: self.vat_edit.setEnabled(not exempt))
        self.logo = LogoPicker()
        self.timezone = TimezoneCombo()
        self._add(form, "name", self.tr("Na&me:"), self.name_edit,
                  self.tr("The tiers-lieu's name: window title, reports, invoices"))
        self._add(form, "address", self.tr("Add&ress:"), self.address_edit)
        self._add(form, "postcode", self.tr("&Postcode:"), self.postcode_edit)
        self._add(form, "city", self.tr("Cit&y:"), self.city_edit)
        self._add(form, "siret", self.tr("S&IRET:"), self.siret_edit,
                  self.tr("14 digits (or the 9 of the SIREN)"))
        vat_box = QWidget()
        vat_lay = QVBoxLayout(vat_box)
        vat_lay.setContentsMargins(0, 0, 0, 0)
        vat_lay.addWidget(self.vat_subject)
        vat_lay.addWidget(self.vat_exempt)
        form.addRow(QLabel(self.tr("VAT status:")), vat_box)
        self._add(form, "vat_number", self.tr("VAT n&umber:"), self.vat_edit,
                  self.tr("Intra-EU VAT number, e.g. FR40303265045"))
        self._add(form, "logo", self.tr("Lo&go:"), self.logo,
                  self.tr("Printed on the cover of the reports"), self.logo.edit)
        self._add(form, "timezone", self.tr("&Time zone:"), self.timezone,
                  self.tr("Opening hours and bookings are in this zone's local time"))
        return w

    def _hours_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        hint = QLabel(self.tr("Members book inside these hours; French public holidays are "
                              "closed automatically. No day ticked: bookable at any time."))
        hint.setProperty("hint", True)
        hint.setWordWrap(True)
        self.hours = HoursEditor()
        err = error_label()
        self.fields["opening_hours"] = (self.hours, err)
        lay.addWidget(hint)
        lay.addWidget(self.hours)
        lay.addWidget(err)
        lay.addStretch(1)
        return w

    def _resources_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        hint = QLabel(self.tr("The resources already created are listed greyed; new rows are "
                              "created when you save."))
        hint.setProperty("hint", True)
        hint.setWordWrap(True)
        self.resources = ResourcesEditor()
        err = error_label()
        self.fields["resources"] = (self.resources.view, err)
        lay.addWidget(hint)
        lay.addWidget(self.resources, 1)
        lay.addWidget(err)
        return w

    def _billing_tab(self) -> QWidget:
        w = QWidget()
        form = QFormLayout(w)
        self.legal_form_edit = QLineEdit()
        self.legal_form_edit.setPlaceholderText(self.tr("e.g. Association loi 1901"))
        self.email_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.iban_edit = QLineEdit()
        self.bic_edit = QLineEdit()
        self.bic_edit.setMaximumWidth(160)
        self.payment_days = _spin("payment_days", self.tr(" days"))
        self.penalty_edit = QLineEdit()
        self._add(form, "seller_legal_form", self.tr("Le&gal form:"), self.legal_form_edit,
                  self.tr("Printed under the name on the invoices"))
        self._add(form, "seller_email", self.tr("E-&mail:"), self.email_edit,
                  self.tr("Contact printed on the invoices"))
        self._add(form, "seller_phone", self.tr("&Phone:"), self.phone_edit)
        self._add(form, "seller_iban", self.tr("&IBAN:"), self.iban_edit,
                  self.tr("For payments by transfer"))
        self._add(form, "seller_bic", self.tr("&BIC:"), self.bic_edit)
        self._add(form, "payment_days", self.tr("Payment &term:"), self.payment_days,
                  self.tr("Days between the invoice and its due date (60 at most)"))
        self._add(form, "seller_late_penalty", self.tr("Late-payment pe&nalty:"),
                  self.penalty_edit, self.tr("The rate printed on the invoices"))
        return w

    def _bookings_tab(self) -> QWidget:
        w = QWidget()
        form = QFormLayout(w)
        self.before_spin = _spin("checkin_before_minutes", self.tr(" min"))
        self.after_spin = _spin("checkin_after_minutes", self.tr(" min"))
        self.cutoff_spin = _spin("cancel_cutoff_hours", self.tr(" h"))
        self._add(form, "checkin_before_minutes", self.tr("Check-in &before the start:"),
                  self.before_spin, self.tr("How early a member may check in"))
        self._add(form, "checkin_after_minutes", self.tr("Check-in afte&r the start:"),
                  self.after_spin,
                  self.tr("Later, the booking is a no-show and the room is freed"))
        self._add(form, "cancel_cutoff_hours", self.tr("Ca&ncellation cut-off:"),
                  self.cutoff_spin,
                  self.tr("Members cannot cancel later than this before the start"))
        return w

    def _data_tab(self) -> QWidget:
        w = QWidget()
        form = QFormLayout(w)
        self.keep_daily = _spin("keep_daily", self.tr(" days"))
        self.keep_monthly = _spin("keep_monthly", self.tr(" months"))
        self.retention = _spin("retention_days", self.tr(" days"))
        self._add(form, "keep_daily", self.tr("Keep &daily backups for:"), self.keep_daily,
                  self.tr("One backup a day, at the first start of the day"))
        self._add(form, "keep_monthly", self.tr("Keep &monthly backups for:"),
                  self.keep_monthly, self.tr("Then one backup a month"))
        self._add(form, "retention_days", self.tr("Keep visit&ors' records for:"),
                  self.retention, self.tr("Older visits are deleted (personal data)"))
        where = QLabel(self.ctx.db_location)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setWordWrap(True)
        form.addRow(QLabel(self.tr("Database:")), where)
        return w

    def _interface_tab(self) -> QWidget:
        w = QWidget()
        form = QFormLayout(w)
        self.language_combo = QComboBox()
        self.language_combo.addItem("Français", "fr")     # language names are never translated
        self.language_combo.addItem("English", "en")
        self.theme_combo = QComboBox()
        self.theme_combo.addItem(self.tr("Follow the system"), "system")
        self.theme_combo.addItem(self.tr("Light"), "light")
        self.theme_combo.addItem(self.tr("Dark"), "dark")
        self._add(form, "language", self.tr("Lan&guage:"), self.language_combo,
                  self.tr("Used from the next start"))
        self._add(form, "theme", self.tr("Loo&k:"), self.theme_combo,
                  self.tr("Light or dark; by default as the desktop"))
        note = QLabel(self.tr("These two apply to this computer only."))
        note.setProperty("hint", True)
        form.addRow(note)
        return w

    def _watch_changes(self) -> None:
        for w in self.tabs.findChildren(QWidget):
            if isinstance(w, QLineEdit) and not isinstance(w.parent(), QComboBox):
                w.textChanged.connect(self._changed)
            elif isinstance(w, QAbstractSpinBox) and hasattr(w, "valueChanged"):
                w.valueChanged.connect(self._changed)
            elif isinstance(w, QComboBox) and w not in (self.language_combo, self.theme_combo):
                w.currentTextChanged.connect(self._changed)
            elif isinstance(w, QAbstractButton) and w.isCheckable():
                w.toggled.connect(self._changed)
        self.hours.sig_changed.connect(self._changed)
        self.logo.sig_changed.connect(self._changed)
        self.resources.model.dataChanged.connect(self._changed)
        self.resources.model.rowsInserted.connect(self._changed)
        self.resources.model.rowsRemoved.connect(self._changed)
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.theme_combo.currentIndexChanged.connect(self._theme_chosen)
        for name, (widget, _label) in self.fields.items():
            signal = getattr(widget, "textChanged", None) or getattr(widget, "valueChanged",
                                                                     None)
            if signal is not None:
                signal.connect(lambda *_a, n=name: self.field_errors.clear_field(n))

    # -- page protocol ---------------------------------------------------------------------

    def page_title(self) -> str:
        return self.tr("Settings")

    def new_item(self) -> None:
        """Ctrl+N here adds a resource row."""
        self.tabs.setCurrentIndex(TAB_RESOURCES)
        self.resources.add_resource()

    @Slot()
    def refresh(self) -> None:
        """Reload from the database (forgetting unsaved changes)."""
        try:
            conf = configuration.load(self.ctx.engine)
            rows = spaces.list_resources(self.ctx.engine, site_id=conf.site_id) \
                if conf.site_id is not None else []
        except TiersLieuError as exc:
            self.sig_status.emit(exc.message())
            self.setEnabled(False)
            return
        self.field_errors.clear()
        self.fill(conf)
        self.resources.model.set_lines([ResourceLine(r.name, r.kind, r.capacity,
                                                     price_text(r.hourly_price_cents), True)
                                        for r in rows])
        can_write = security.allowed("settings.write")
        self.save_button.setEnabled(can_write)
        if not can_write:
            self.save_button.setToolTip(self.tr("Only an administrator can change the "
                                                "settings"))
        self._set_dirty(False)

    def fill(self, conf: Configuration) -> None:
        self._filling = True
        try:
            self.loaded = conf
            self.name_edit.setText(conf.name)
            self.address_edit.setText(conf.address)
            self.postcode_edit.setText(conf.postcode)
            self.city_edit.setText(conf.city)
            self.siret_edit.setText(conf.siret)
            (self.vat_exempt if conf.vat_exempt else self.vat_subject).setChecked(True)
            self.vat_edit.setText(conf.vat_number)
            self.vat_edit.setEnabled(not conf.vat_exempt)
            self.logo.set_path(conf.logo)
            self.timezone.set_zone(conf.timezone)
            self.hours.set_hours(conf.opening_hours)
            self.legal_form_edit.setText(conf.legal_form)
            self.email_edit.setText(conf.email)
            self.phone_edit.setText(conf.phone)
            self.iban_edit.setText(conf.iban)
            self.bic_edit.setText(conf.bic)
            self.payment_days.setValue(conf.payment_days)
            self.penalty_edit.setText(conf.late_penalty)
            self.before_spin.setValue(conf.checkin_before_minutes)
            self.after_spin.setValue(conf.checkin_after_minutes)
            self.cutoff_spin.setValue(conf.cancel_cutoff_hours)
            self.keep_daily.setValue(conf.keep_daily)
            self.keep_monthly.setValue(conf.keep_monthly)
            self.retention.setValue(conf.retention_days)
            lang = settings_store.language() or current_language()
            self.language_combo.setCurrentIndex(max(self.language_combo.findData(lang), 0))
            self.theme_combo.setCurrentIndex(
                max(self.theme_combo.findData(settings_store.theme()), 0))
        finally:
            self._filling = False

    def configuration(self) -> Configuration:
        """The page's values (unchecked: the service checks them)."""
        return replace(
            self.loaded, name=self.name_edit.text(), address=self.address_edit.text(),
            postcode=self.postcode_edit.text(), city=self.city_edit.text(),
            siret=self.siret_edit.text(), vat_exempt=self.vat_exempt.isChecked(),
            vat_number=self.vat_edit.text(), logo=self.logo.path(),
            timezone=self.timezone.zone(), opening_hours=self.hours.hours(),
            legal_form=self.legal_form_edit.text(), email=self.email_edit.text(),
            phone=self.phone_edit.text(), iban=self.iban_edit.text(), bic=self.bic_edit.text(),
            payment_days=self.payment_days.value(), late_penalty=self.penalty_edit.text(),
            checkin_before_minutes=self.before_spin.value(),
            checkin_after_minutes=self.after_spin.value(),
            cancel_cutoff_hours=self.cutoff_spin.value(), keep_daily=self.keep_daily.value(),
            keep_monthly=self.keep_monthly.value(), retention_days=self.retention.value())

    # -- changes and saving ----------------------------------------------------------------

    def _changed(self, *_args: Any) -> None:
        if not self._filling:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.revert_button.setEnabled(dirty)
        if dirty:
            self.sig_status.emit(self.tr("Changes not saved yet"))

    def errors(self) -> dict[str, str]:
        return self.field_errors.errors()

    @Slot()
    def save(self) -> bool:
        """Write every tab; on errors stay, show each under its field, open its tab."""
        if not self.save_button.isEnabled():
            return False
        self.field_errors.clear()
        try:
            specs = self.resources.model.specs()
            saved = configuration.save(self.ctx.engine, self.configuration(), resources=specs)
        except TiersLieuError as exc:
            first = self.field_errors.show(exc)
            self._open_tab_of(first)
            self.sig_status.emit(self.tr("Not saved: see the messages in red"))
            return False
        except Exception as exc:  # noqa: BLE001 - a bug is shown and logged, the page stays
            show_error(self, exc)
            return False
        self.refresh()
        self.loaded = saved
        self.sig_status.emit(self.tr("Settings saved"))
        window = self.window()
        retitle = getattr(window, "update_title", None)
        if callable(retitle):
            retitle()
        return True

    def _open_tab_of(self, widget: QWidget | None) -> None:
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            if widget is not None and page is not None and (
                    widget is page or page.isAncestorOf(widget)):
                self.tabs.setCurrentIndex(i)
                widget.setFocus()
                return

    # -- this computer's choices -----------------------------------------------------------

    def _language_chosen(self) -> None:
        if self._filling:
            return
        code = str(self.language_combo.currentData())
        if code != (settings_store.language() or current_language()):
            settings_store.set_language(code)
            self.sig_status.emit(self.tr("The new language will be used the next time "
                                         "TiersLieu starts."))

    def _theme_chosen(self) -> None:
        if self._filling:
            return
        settings_store.set_theme(str(self.theme_combo.currentData()))
        theme.apply()
