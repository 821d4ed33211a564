"""The kiosk's community directory on the demo: only after a member signed in, only
consenting members, never a contact a member did not choose to show."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tierslieu.gui.kiosk.cards import (
    ACCESSIBLE,
    ENTRY_ROLE,
    FIELDS_ROLE,
    KioskDirectoryModel,
)
from tierslieu.gui.kiosk.window import KioskWindow
from tierslieu.services import directory, members
from tierslieu.services import validation as v
from tierslieu.services.directory import KioskEntry
from tierslieu.services.dto import MemberQuery

DEMO_NOW = datetime(2026, 12, 1, 10, 40, tzinfo=UTC)
BADGE, PIN = "B-0001", "1234"          # Hélène Le Clerc on the demo (README)
LISTED = "Sébastien Ben Saïd"          # consented on the seed-1 demo, shows his e-mail


def _window(ctx: Any, qtbot: Any, **kwargs: Any) -> KioskWindow:
    w = KioskWindow(ctx, clock=lambda: DEMO_NOW, **kwargs)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    return w


@pytest.fixture
def kiosk_window(demo_ctx: Any, qtbot: Any) -> KioskWindow:
    return _window(demo_ctx, qtbot)


def _names(w: KioskWindow) -> list[str]:
    return [e.name for e in w.directory_screen.model.rows()]


def _everything_in(model: KioskDirectoryModel) -> str:
    """Every value the model gives for any role a view or a screen reader may ask."""
    roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
             Qt.ItemDataRole.StatusTipRole, Qt.ItemDataRole.WhatsThisRole, ACCESSIBLE,
             Qt.ItemDataRole.AccessibleDescriptionRole, ENTRY_ROLE, FIELDS_ROLE,
             *range(Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 10)]
    return "\n".join(repr(model.data(model.index(r, 0), role))
                     for r in range(model.rowCount()) for role in roles)


def _not_listed(engine: Any) -> Any:
    """An active member of the demo without directory consent, with an e-mail and phone."""
    listed = {e.id for e in directory.search(engine) if e.kind == "person"}
    return next(p for p in members.search(engine, MemberQuery(status="active"))
                if p.id not in listed and p.email and p.phone and p.last_name)


def test_sign_in_open_the_directory_and_search(kiosk_window: KioskWindow, qtbot: Any) -> None:
    w = kiosk_window
    engine = w.ctx.engine
    w.open_directory()                                  # nobody signed in: nothing opens
    assert w.current_screen() == "login" and w.directory_screen.model.rowCount() == 0
    qtbot.keyClicks(w.ident_edit, BADGE)
    qtbot.keyClicks(w.pin_edit, PIN)
    qtbot.mouseClick(w.login_button, Qt.MouseButton.LeftButton)
    assert w.current_screen() == "home"
    qtbot.mouseClick(w.directory_button, Qt.MouseButton.LeftButton)
    assert w.current_screen() == "directory"
    screen = w.directory_screen
    listed = [e.name for e in directory.search(engine) if e.kind == "person"]
    assert _names(w) == listed and len(listed) > 20
    assert screen.skills() == directory.kiosk_skills(engine)

    # a consenting member, found as typed on the kiosk (no accents, any case)
    qtbot.keyClicks(screen.search_edit, "sebastien BEN said")
    qtbot.waitUntil(lambda: _names(w) == [LISTED], timeout=3000)
    card = dict(screen.model.rows()[0].fields)
    assert "@" in card["email"] and "phone" not in card

    # a member who never consented: not by name, not by e-mail, not by skill
    hidden = _not_listed(engine)
    for text in (f"{hidden.first_name} {hidden.last_name}", hidden.last_name, hidden.email):
        screen.search_edit.setText(text)
        screen.search_now()
        assert f"{hidden.first_name} {hidden.last_name}" not in _names(w), text
    screen.search_edit.setText(hidden.last_name)
    for skill in screen.skills():
        assert screen.choose_skill(skill)
        assert f"{hidden.first_name} {hidden.last_name}" not in _names(w)
    screen.search_edit.setText("zzz personne")
    screen.search_now()
    assert screen.model.rowCount() == 0 and screen.empty_text()
    assert not screen.grid.isVisible()

    # a skill chip keeps only those who show that skill
    qtbot.mouseClick(screen.clear_button, Qt.MouseButton.LeftButton)
    assert screen.search_edit.text() == "" and screen.skill() == ""
    assert screen.choose_skill("Électronique")
    found = screen.model.rows()
    assert found and all("Électronique" in dict(e.fields)["tags"] for e in found)
    assert len(found) < len(listed)

    qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    assert w.current_screen() == "home"


def test_no_hidden_contact_anywhere_in_the_model(kiosk_window: KioskWindow,
                                                 qtmodeltester: Any) -> None:
    w = kiosk_window
    engine = w.ctx.engine
    assert w.login(BADGE, PIN)
    w.open_directory()
    model = w.directory_screen.model
    qtmodeltester.check(model)
    shown = _everything_in(model)
    # what each member chose, read from their own listing (not from the directory search)
    people = members.search(engine, MemberQuery(status="all"))
    leaks, chosen = [], 0
    for p in people:
        listing = directory.person_listing(engine, p.id)
        visible = listing.consent and p.status == "active"
        contacts = {"email": [p.email] if p.email else [],
                    "phone": [p.phone, v.format_phone(p.phone)] if p.phone else []}
        for field, values in contacts.items():
            if visible and field in listing.fields:
                if values:
                    chosen += 1
                    assert values[-1] in shown, (p.id, field)   # shown, as chosen
            else:
                leaks += [x for x in values if x in shown]
    assert len(people) > 150 and chosen > 5 and leaks == []
    # what the model holds is the service's answer, card by card
    assert isinstance(model.data(model.index(0, 0), ENTRY_ROLE), KioskEntry)
    assert model.data(model.index(0, 0), ACCESSIBLE).startswith(model.rows()[0].name)


def test_sign_out_and_inactivity_clear_the_directory(demo_ctx: Any, qtbot: Any) -> None:
    w = _window(demo_ctx, qtbot, inactivity_ms=80)
    assert w.login(BADGE, PIN)
    w.open_directory()
    w.directory_screen.search_edit.setText("data")
    w.directory_screen.search_now()
    assert w.directory_screen.model.rowCount() > 0
    with qtbot.waitSignal(w.sig_logged_out, timeout=3000):
        pass                                  # nobody touched the screen: signed out
    assert w.current_screen() == "login" and w.user is None
    screen = w.directory_screen
    assert screen.model.rowCount() == 0 and screen.search_edit.text() == ""
    assert screen.user is None and screen.skills() == []
    screen.search_now()                       # nobody signed in: no search at all
    assert screen.model.rowCount() == 0
    w._idle.setInterval(60_000)
    assert w.login(BADGE, PIN)
    w.open_directory()
    qtbot.mouseClick(screen.sign_out_button, Qt.MouseButton.LeftButton)
    assert w.current_screen() == "login" and screen.model.rowCount() == 0


def test_kiosk_directory_screenshot(demo_ctx: Any, qtbot: Any, shot: Any,
                                    styled_app: Any) -> None:
    w = _window(demo_ctx, qtbot)
    assert w.login(BADGE, PIN)
    w.open_directory()
    styled_app.processEvents()
    assert w.directory_screen.grid.isVisible()
    assert not shot(w, "kiosk-directory").stat().st_size == 0


def _tap(screen: Any, qtbot: Any, row: int) -> None:
    grid = screen.grid
    index = screen.model.index(row, 0)
    grid.scrollTo(index)
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton,
                     pos=grid.visualRect(index).center())


def test_a_tapped_card_opens_whole(kiosk_window: KioskWindow, qtbot: Any, shot: Any) -> None:
    w = kiosk_window
    assert w.login(BADGE, PIN)
    w.open_directory()
    screen = w.directory_screen
    rows = screen.model.rows()
    # the member with the most and longest skills: a card shows one row of them and "+N"
    def weight(r: int) -> tuple[int, int]:
        tags = dict(rows[r].fields).get("tags", "")
        return tags.count(", "), len(tags)

    row = max(range(len(rows)), key=weight)
    entry = rows[row]
    fields = dict(entry.fields)
    tags = fields["tags"].split(", ")
    assert len(tags) >= 2
    assert screen.shown_entry() is None
    _tap(screen, qtbot, row)
    assert screen.shown_entry() == entry
    d = screen.detail
    assert d.isVisible() and not screen.grid.isVisible()
    assert d.name_label.text() == entry.name
    assert [b.text() for b in d.skill_buttons()] == tags           # every one, in order
    assert d.headline_label.isVisibleTo(d) == bool(fields.get("headline"))
    # only the contacts the member chose: nothing else is in the card's labels
    assert d.email_label.isVisibleTo(d) == ("email" in fields)
    assert d.phone_label.isVisibleTo(d) == ("phone" in fields)
    assert not shot(w, "kiosk-directory-card").stat().st_size == 0

    # back with the button, and with Escape
    qtbot.mouseClick(d.back_button, Qt.MouseButton.LeftButton)
    assert screen.shown_entry() is None and screen.grid.isVisible()
    _tap(screen, qtbot, row)
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    assert screen.shown_entry() is None and screen.grid.isVisible()

    # a skill on the card lists everyone who shows it, whatever was typed before
    screen.search_edit.setText(entry.name)
    screen.search_now()
    _tap(screen, qtbot, 0)
    skill = d.skill_buttons()[-1].text()
    qtbot.mouseClick(d.skill_buttons()[-1], Qt.MouseButton.LeftButton)
    assert screen.shown_entry() is None and screen.skill() == skill
    assert screen.search_edit.text() == ""
    found = screen.model.rows()
    assert entry.name in [e.name for e in found] and len(found) > 1
    assert all(skill in dict(e.fields)["tags"].split(", ") for e in found)


def test_the_open_card_is_forgotten_on_sign_out(kiosk_window: KioskWindow, qtbot: Any) -> None:
    w = kiosk_window
    assert w.login(BADGE, PIN)
    w.open_directory()
    screen = w.directory_screen
    listed = next(r for r, e in enumerate(screen.model.rows()) if "email" in dict(e.fields))
    _tap(screen, qtbot, listed)
    email = dict(screen.model.rows()[listed].fields)["email"]
    assert email in screen.detail.email_label.text()
    qtbot.mouseClick(screen.sign_out_button, Qt.MouseButton.LeftButton)
    assert w.current_screen() == "login" and screen.shown_entry() is None
    texts = [label.text() for label in screen.detail.findChildren(type(screen.count_label))]
    assert not any(email in t for t in texts) and screen.detail.skill_buttons() == []
