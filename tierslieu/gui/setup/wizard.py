"""The first-run wizard: shown by ``run_gui`` when the default database does not exist yet.

It asks for the tiers-lieu's identity, VAT status, logo, time zone, opening hours and first
resources (and the administrator when the auth service exists), or offers to open the demo.
Finish creates the database and writes everything through one call of
:func:`tierslieu.services.setup.initialise`; each page checks its own fields with the same
core function when Next is pressed, so the rules live in one place.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from tierslieu.errors import TiersLieuError, ValidationError, ValidationErrors
from tierslieu.gui.dialogs.field_errors import FieldErrors
from tierslieu.gui.errors import show_error
from tierslieu.gui.setup.widgets import (
    HoursEditor,
    LogoPicker,
    ResourcesEditor,
    TimezoneCombo,
    default_lines,
    error_label,
    form_row,
)
from tierslieu.services import setup
from tierslieu.services.setup import AdminSpec, SetupInput

log = logging.getLogger(__name__)

PAGE_WELCOME, PAGE_IDENTITY, PAGE_PLACE, PAGE_HOURS, PAGE_RESOURCES, PAGE_ADMIN, PAGE_DONE = \
    range(7)
# which page shows the error of each field the core names
PAGE_OF_FIELD = {"name": PAGE_IDENTITY, "address": PAGE_IDENTITY, "postcode": PAGE_IDENTITY,
                 "city": PAGE_IDENTITY, "siret": PAGE_IDENTITY, "vat_number": PAGE_IDENTITY,
                 "logo": PAGE_PLACE, "timezone": PAGE_PLACE, "opening_hours": PAGE_HOURS,
                 "resources": PAGE_RESOURCES, "admin": PAGE_ADMIN, "login": PAGE_ADMIN,
                 "password": PAGE_ADMIN}


def needs_first_run(db: str | None, *, demo: bool = False) -> bool:
    """True when TiersLieu starts on its default database and that file does not exist."""
    if demo or db or os.environ.get("TIERSLIEU_DB"):
        return False
    from tierslieu.paths import default_db_path

    return not default_db_path().exists()


def _intro(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("hint", True)
    return label


class _Page(QWizardPage):
    """A page whose Next checks the fields it shows (with the core's rules)."""

    def __init__(self, wizard: FirstRunWizard, page_id: int) -> None:
        super().__init__()
        self._wizard = wizard
        self.page_id = page_id
        self.fields: dict[str, tuple[QWidget, QLabel]] = {}

    def validatePage(self) -> bool:
        return self._wizard.check_page(self.page_id)


class WelcomePage(QWizardPage):
    """Next sets the tiers-lieu up; "Open the demo" leaves at once on fictitious data."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to TiersLieu"))
        self.setSubTitle(self.tr("A few questions to set up your tiers-lieu; everything can be "
                                 "changed later in the Settings."))
        start = _intro(self.tr("Next asks for your tiers-lieu's name and legal identity, its "
                               "logo and time zone, its opening hours and its first "
                               "resources, then creates your database."))
        self.demo_button = QPushButton(self.tr("Open the &demo"))
        self.demo_button.setAutoDefault(False)     # Enter keeps meaning Next
        self.demo_button.setToolTip(self.tr("Open a demo database full of fictitious members, "
                                            "bookings and startups; your own database is "
                                            "created at the next start"))
        demo = _intro(self.tr("Just looking? The demo is a fictitious tiers-lieu with members, "
                              "bookings, events and startups, to try every page."))
        lay = QVBoxLayout(self)
        lay.addWidget(start)
        lay.addSpacing(24)
        lay.addWidget(demo)
        lay.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addStretch(1)


class IdentityPage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard, PAGE_IDENTITY)
        self.setTitle(self.tr("Your tiers-lieu"))
        self.setSubTitle(self.tr("Its name appears in the window and on the reports; the legal "
                                 "identity is printed on the invoices."))
        self.name_edit = QLineEdit()
        self.address_edit = QLineEdit()
        self.postcode_edit = QLineEdit()
        self.postcode_edit.setMaximumWidth(120)
        self.city_edit = QLineEdit()
        self.siret_edit = QLineEdit()
        self.siret_edit.setPlaceholderText("732 829 320 00074")
        self.vat_subject = QRadioButton(self.tr("Sub&ject to VAT"))
        self.vat_subject.setToolTip(self.tr("Invoices show VAT; give the VAT number"))
        self.vat_exempt = QRadioButton(self.tr("E&xempt (franchise en base, art. 293 B du CGI)"))
        self.vat_exempt.setToolTip(self.tr("Invoices say « TVA non applicable, art. 293 B du "
                                           "CGI »"))
        group = QButtonGroup(self)
        group.addButton(self.vat_subject)
        group.addButton(self.vat_exempt)
        self.vat_subject.setChecked(True)
        self.vat_edit = QLineEdit()
        self.vat_edit.setPlaceholderText("FR40303265045")
        self.vat_exempt.toggled.connect(lambda exempt: self.vat_edit.setEnabled(not exempt))

        form = QFormLayout(self)
        self.fields = {
            "name": (self.name_edit, form_row(form, self.tr("Na&me:"), self.name_edit,
                                              self.tr("The tiers-lieu's name (required)"))),
            "address": (self.address_edit, form_row(form, self.tr("Add&ress:"),
                                                    self.address_edit,
                                                    self.tr("Street and number"))),
            "postcode": (self.postcode_edit, form_row(form, self.tr("&Postcode:"),
                                                      self.postcode_edit)),
            "city": (self.city_edit, form_row(form, self.tr("Cit&y:"), self.city_edit)),
            "siret": (self.siret_edit, form_row(form, self.tr("S&IRET:"), self.siret_edit,
                                                self.tr("14 digits (or the 9 of the SIREN)"))),
        }
        vat_box = QWidget()
        vat_lay = QVBoxLayout(vat_box)
        vat_lay.setContentsMargins(0, 0, 0, 0)
        vat_lay.addWidget(self.vat_subject)
        vat_lay.addWidget(self.vat_exempt)
        vat_label = QLabel(self.tr("VAT status:"))
        form.addRow(vat_label, vat_box)
        self.fields["vat_number"] = (self.vat_edit, form_row(
            form, self.tr("VAT n&umber:"), self.vat_edit,
            self.tr("Intra-EU VAT number, e.g. FR40303265045")))
        self.registerField("name*", self.name_edit)


class PlacePage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard, PAGE_PLACE)
        self.setTitle(self.tr("Logo and time zone"))
        self.setSubTitle(self.tr("The logo is printed on the cover of the reports; it is copied "
                                 "into TiersLieu's data folder."))
        self.logo = LogoPicker()
        self.timezone = TimezoneCombo()
        form = QFormLayout(self)
        self.fields = {
            "logo": (self.logo.edit, form_row(form, self.tr("Lo&go:"), self.logo,
                                              self.tr("The image file of your logo"))),
            "timezone": (self.timezone, form_row(
                form, self.tr("&Time zone:"), self.timezone,
                self.tr("Opening hours and bookings are in this zone's local time"))),
        }


class HoursPage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard, PAGE_HOURS)
        self.setTitle(self.tr("Opening hours"))
        self.setSubTitle(self.tr("Members book inside these hours; French public holidays are "
                                 "closed automatically."))
        self.editor = HoursEditor()
        self.editor.set_hours(setup.default_hours())
        self.error = error_label()
        lay = QVBoxLayout(self)
        lay.addWidget(self.editor)
        lay.addWidget(self.error)
        lay.addStretch(1)
        self.fields = {"opening_hours": (self.editor, self.error)}


class ResourcesPage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard, PAGE_RESOURCES)
        self.setTitle(self.tr("First resources"))
        self.setSubTitle(self.tr("Rooms, desks and offices that can be booked; add more later "
                                 "in the Settings. Remove every row to skip this step."))
        self.editor = ResourcesEditor()
        self.editor.model.set_lines(default_lines())
        self.error = error_label()
        lay = QVBoxLayout(self)
        lay.addWidget(self.editor, 1)
        lay.addWidget(self.error)
        self.fields = {"resources": (self.editor.view, self.error)}


class AdminPage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard, PAGE_ADMIN)
        self.setTitle(self.tr("Administrator account"))
        self.setSubTitle(self.tr("The first account, with every right; it creates the others. "
                                 "Left empty, it is asked at the first sign-in."))
        self.login_edit = QLineEdit()
        self.full_name_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(self)
        login_error = form_row(form, self.tr("&Login:"), self.login_edit,
                               self.tr("Letters, digits, dot, dash or _"))
        form_row(form, self.tr("&Full name:"), self.full_name_edit)
        password_error = form_row(form, self.tr("&Password:"), self.password_edit,
                                  self.tr("At least 8 characters"))
        form_row(form, self.tr("&Confirm the password:"), self.confirm_edit)
        self.error = error_label()
        form.addRow(self.error)
        self.fields = {"admin": (self.login_edit, self.error),
                       "login": (self.login_edit, login_error),
                       "password": (self.password_edit, password_error)}

    def admin(self) -> AdminSpec | None:
        """None when the login is left empty (no accounts yet)."""
        if not self.login_edit.text().strip():
            return None
        return AdminSpec(self.login_edit.text(), self.password_edit.text(),
                         self.full_name_edit.text())

    def mismatch(self) -> list[ValidationError]:
        if self.admin() is not None and self.password_edit.text() != self.confirm_edit.text():
            return [ValidationError("password_mismatch", "password")]
        return []


class DonePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Ready"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.general = error_label()
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.general)
        lay.addStretch(1)

    def initializePage(self) -> None:
        self.setSubTitle(self.tr("Finish creates the database:\n{path}").format(
            path=self._wizard.db_path))
        w = self._wizard
        n = len(w.resources_page.editor.model.lines)
        days = len(w.hours_page.editor.hours())
        self.summary.setText("\n".join([
            w.identity_page.name_edit.text().strip(),
            ", ".join(filter(None, (w.identity_page.address_edit.text().strip(),
                                    w.identity_page.postcode_edit.text().strip(),
                                    w.identity_page.city_edit.text().strip()))),
            self.tr("%n day(s) open a week", "", days),
            self.tr("%n resource(s)", "", n),
            w.place_page.timezone.zone()]))


class FirstRunWizard(QWizard):
    """``exec()``; then ``outcome`` is "created" (``db_path`` set up) or "demo"."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.outcome: str | None = None
        self.setWindowTitle(self.tr("TiersLieu — first start"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(720, 560)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, QIcon(":/icons/logo.svg").pixmap(48, 48))
        self.welcome_page = WelcomePage()
        self.identity_page = IdentityPage(self)
        self.place_page = PlacePage(self)
        self.hours_page = HoursPage(self)
        self.resources_page = ResourcesPage(self)
        self.admin_page = AdminPage(self)
        self.done_page = DonePage(self)
        pages: list[tuple[int, QWizardPage]] = [
            (PAGE_WELCOME, self.welcome_page), (PAGE_IDENTITY, self.identity_page),
            (PAGE_PLACE, self.place_page), (PAGE_HOURS, self.hours_page),
            (PAGE_RESOURCES, self.resources_page), (PAGE_ADMIN, self.admin_page),
            (PAGE_DONE, self.done_page)]
        for page_id, page in pages:
            self.setPage(page_id, page)
        fields: dict[str, tuple[QWidget, QLabel]] = {}
        for checked in self._checked_pages():
            fields.update(checked.fields)
        self.field_errors = FieldErrors(self.done_page.general, fields)
        self.welcome_page.demo_button.clicked.connect(self.open_demo)
        for name, (widget, _label) in fields.items():
            for signal in ("textChanged", "sig_changed", "currentTextChanged"):
                if hasattr(widget, signal):
                    getattr(widget, signal).connect(
                        lambda *_a, n=name: self.field_errors.clear_field(n))
                    break
        model = self.resources_page.editor.model
        for changed in (model.dataChanged, model.rowsRemoved):
            changed.connect(lambda *_a: self.field_errors.clear_field("resources"))

    def _checked_pages(self) -> list[_Page]:
        return [self.identity_page, self.place_page, self.hours_page, self.resources_page,
                self.admin_page]

    # -- answers ---------------------------------------------------------------------------

    def answers(self) -> tuple[SetupInput, list[ValidationError]]:
        """What the pages hold, plus the errors found while reading them (a bad price)."""
        ident, place = self.identity_page, self.place_page
        errors: list[ValidationError] = []
        try:
            resources = self.resources_page.editor.model.specs()
        except ValidationErrors as exc:
            errors += exc.errors
            resources = ()
        data = SetupInput(
            name=ident.name_edit.text(), address=ident.address_edit.text(),
            postcode=ident.postcode_edit.text(), city=ident.city_edit.text(),
            siret=ident.siret_edit.text(), vat_exempt=ident.vat_exempt.isChecked(),
            vat_number=ident.vat_edit.text(), logo=place.logo.path(),
            timezone=place.timezone.zone(), opening_hours=self.hours_page.editor.hours(),
            resources=resources,
            admin=self.admin_page.admin())
        errors += self.admin_page.mismatch()
        return data, errors

    def _errors(self) -> tuple[SetupInput, list[ValidationError]]:
        data, errors = self.answers()
        try:
            setup.validate(data)
        except ValidationErrors as exc:
            errors = exc.errors + errors
        return data, errors

    def check_page(self, page_id: int) -> bool:
        """Show the errors of one page's fields; True when it has none."""
        page = self.page(page_id)
        for name in getattr(page, "fields", {}):
            self.field_errors.clear_field(name)
        _data, errors = self._errors()
        mine = [e for e in errors if PAGE_OF_FIELD.get(e.field or "") == page_id]
        if mine:
            self.field_errors.show(ValidationErrors(mine))
        return not mine

    def _go_to(self, page_id: int) -> None:
        while self.currentId() not in (page_id, PAGE_WELCOME) and self.currentId() > page_id:
            self.back()

    # -- finishing -------------------------------------------------------------------------

    def open_demo(self) -> None:
        """Leave the wizard for the demo database; nothing of yours is created."""
        self.outcome = "demo"
        super().accept()

    def accept(self) -> None:
        self.field_errors.clear()
        data, errors = self._errors()
        if errors:
            self.field_errors.show(ValidationErrors(errors))
            pages = [PAGE_OF_FIELD.get(e.field or "", PAGE_DONE) for e in errors]
            self._go_to(min(pages))
            return
        try:
            create_database(self.db_path, data)
        except TiersLieuError as exc:
            self.field_errors.show(exc)
            page = PAGE_OF_FIELD.get(exc.field or "", PAGE_DONE)
            self._go_to(page)
            return
        except Exception as exc:  # noqa: BLE001 - shown, logged, and the wizard stays open
            show_error(self, exc)
            return
        self.outcome = "created"
        super().accept()


def create_database(path: Path, data: SetupInput) -> None:
    """Create (and migrate) ``path`` and set it up; a failure leaves no file behind."""
    from tierslieu.db.setup import open_database

    existed = path.exists()
    engine = None
    try:
        engine = open_database(path)
        setup.initialise(engine, data, data_dir=path.parent)
    except BaseException:
        if engine is not None:
            engine.dispose()
            engine = None
        if not existed:
            for leftover in (path, Path(f"{path}-journal"), Path(f"{path}-wal"),
                             Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
        raise
    finally:
        if engine is not None:
            engine.dispose()
    log.info("first-run set-up created %s", path)


def first_run(parent: QWidget | None = None) -> str | None:
    """Show the wizard on the default database; "created", "demo", or None if cancelled."""
    from tierslieu.paths import default_db_path

    wizard = FirstRunWizard(default_db_path(), parent)
    wizard.exec()
    return wizard.outcome
