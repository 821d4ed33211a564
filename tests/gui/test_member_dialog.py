"""The member dialog: inline errors from the services, nothing written until it is valid."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tierslieu import timeutil
from tierslieu.gui.dialogs.member_dialog import MemberDialog
from tierslieu.services import members, organizations
from tierslieu.services.dto import OrganizationInput, PersonInput


def _dialog(qtbot: Any, ctx: Any, person_id: int | None = None) -> MemberDialog:
    dlg = MemberDialog(ctx, person_id)
    qtbot.addWidget(dlg)
    dlg.resize(620, 640)
    dlg.show()
    return dlg


def test_invalid_email_is_shown_under_the_field_and_nothing_is_written(
        qtbot: Any, ctx: Any, shot: Any) -> None:
    dlg = _dialog(qtbot, ctx)
    dlg.ui.firstNameEdit.setText("Hélène")   # QTest.keyClicks only knows ASCII keys
    qtbot.keyClicks(dlg.ui.lastNameEdit, "Le Clerc")
    qtbot.keyClicks(dlg.ui.emailEdit, "helene@@example")
    qtbot.keyClick(dlg.ui.lastNameEdit, Qt.Key.Key_Return)   # Enter saves

    assert dlg.isVisible() and dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.ui.emailError.isVisible()
    assert "n'est pas une adresse e-mail valide" in dlg.ui.emailError.text()
    assert dlg.ui.emailEdit.property("invalid") is True
    assert dlg.focusWidget() is dlg.ui.emailEdit
    assert not dlg.ui.lastNameError.isVisible()
    assert members.count(ctx.engine) == 0
    shot(dlg, "member_dialog_error")

    dlg.ui.emailEdit.clear()
    qtbot.keyClicks(dlg.ui.emailEdit, "helene@example.org")
    assert not dlg.ui.emailError.isVisible()          # typing clears the stale message
    assert dlg.save()
    assert dlg.result() == QDialog.DialogCode.Accepted
    person = members.find(ctx.engine, "helene@example.org")
    assert (person.first_name, person.last_name) == ("Hélène", "Le Clerc")
    assert person.joined_on == timeutil.local_today()  # a new member joins today (Paris)


def test_several_errors_at_once_focus_the_first(qtbot: Any, ctx: Any) -> None:
    dlg = _dialog(qtbot, ctx)
    qtbot.keyClicks(dlg.ui.phoneEdit, "12")
    qtbot.keyClicks(dlg.ui.emailEdit, "nope")
    assert not dlg.save()
    shown = dlg.errors()
    assert set(shown) >= {"last_name", "email", "phone"}
    assert "obligatoire" in shown["last_name"]
    assert dlg.focusWidget() is dlg.ui.lastNameEdit
    assert members.count(ctx.engine) == 0


def test_edit_changes_the_person_and_keeps_other_links(qtbot: Any, ctx: Any,
                                                      shot: Any) -> None:
    engine = ctx.engine
    ids = {name: organizations.create(engine, OrganizationInput(name=name, kind="association")).id
           for name in ("Atelier Bois", "Coop Vélo", "Labo Sons")}
    p = members.create(engine, PersonInput(
        first_name="Hélène", last_name="Le Clerc", email="helene@example.org",
        phone="0612345678", public_category="independent", joined_on=date(2024, 3, 12),
        tags="design, menuiserie", organization="Atelier Bois", role="founder",
        consent_photo=True, notes="Préfère être contactée le matin."))
    members.set_organizations(engine, p.id, [(ids["Atelier Bois"], "founder"),
                                             (ids["Coop Vélo"], "member")])

    dlg = _dialog(qtbot, ctx, p.id)
    ui = dlg.ui
    assert dlg.windowTitle().endswith("Hélène Le Clerc")
    assert ui.organizationCombo.currentText() == "Atelier Bois"
    assert ui.roleCombo.currentData() == "founder"
    assert ui.otherLinksLabel.isVisible() and "Coop Vélo" in ui.otherLinksLabel.text()
    assert ui.photoCheck.isChecked() and not ui.newsletterCheck.isChecked()
    assert ui.photoInfo.text().endswith(timeutil.local_today().strftime("%d/%m/%Y"))
    assert ui.newsletterInfo.text() == ""
    assert ui.joinedCheck.isChecked() and ui.joinedDateEdit.text() == "12/03/2024"
    shot(dlg, "member_dialog_edit")

    ui.phoneEdit.clear()
    qtbot.keyClicks(ui.phoneEdit, "01 23 45 67 89")
    ui.organizationCombo.setCurrentText("Labo Sons")      # replaces the primary link
    ui.newsletterCheck.setChecked(True)
    ui.joinedCheck.setChecked(False)
    assert dlg.save()

    after = members.get(engine, p.id)
    assert after.phone == "+33123456789"
    assert after.joined_on is None
    assert {lk.organization_name for lk in after.links} == {"Coop Vélo", "Labo Sons"}
    assert after.consent("newsletter") and after.consent("photo")
    assert set(after.tags) == {"design", "menuiserie"}
    assert after.public_category == "independent"


def test_duplicate_email_is_a_conflict_shown_inline(qtbot: Any, ctx: Any) -> None:
    members.create(ctx.engine, PersonInput(first_name="Ana", last_name="Martin",
                                           email="ana@example.org"))
    dlg = _dialog(qtbot, ctx)
    qtbot.keyClicks(dlg.ui.lastNameEdit, "Martin")
    qtbot.keyClicks(dlg.ui.emailEdit, "ANA@example.org")
    assert not dlg.save()
    assert dlg.ui.emailError.isVisible()
    assert "Ana Martin" in dlg.ui.emailError.text()
    assert members.count(ctx.engine) == 1


def test_tags_complete_after_the_last_comma(qtbot: Any, ctx: Any) -> None:
    members.create(ctx.engine, PersonInput(last_name="X", tags="python, photographie"))
    dlg = _dialog(qtbot, ctx)
    completer = dlg.ui.tagsEdit.completer()
    assert completer.splitPath("design, pho") == ["pho"]
    dlg.ui.tagsEdit.setText("design, pho")
    completer.setCompletionPrefix("pho")
    assert completer.currentIndex().data() == "photographie"
    assert completer.currentCompletion() == "design, photographie, "


def test_escape_cancels_without_writing(qtbot: Any, ctx: Any) -> None:
    dlg = _dialog(qtbot, ctx)
    qtbot.keyClicks(dlg.ui.lastNameEdit, "Dupont")
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert dlg.result() == QDialog.DialogCode.Rejected
    assert members.count(ctx.engine) == 0
