"""FieldErrors: a domain error lands under the field it names, the rest in the general label."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from tierslieu.errors import NotFoundError, ValidationError, ValidationErrors
from tierslieu.gui.dialogs.field_errors import FieldErrors


def _form(qtbot: Any, **kwargs: Any) -> tuple[QWidget, FieldErrors, dict[str, QLineEdit]]:
    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    general = QLabel(form)
    general.setVisible(False)
    layout.addWidget(general)
    edits, fields = {}, {}
    for name in ("name", "email"):
        edit, label = QLineEdit(form), QLabel(form)
        label.setVisible(False)
        layout.addWidget(edit)
        layout.addWidget(label)
        edits[name] = edit
        fields[name] = (edit, label)
    return form, FieldErrors(general, fields, **kwargs), edits


def test_errors_go_to_their_field_or_the_general_label_without_showing_the_form(
        qtbot: Any) -> None:
    _form_widget, fe, edits = _form(qtbot, key_fields={"org_not_found": "name"})
    assert fe.errors() == {} and not fe.has_errors()
    exc = ValidationErrors([ValidationError("required", "email"),
                            ValidationError("required", "city"),
                            ValidationError("required", None)])
    first = fe.show(exc)
    assert first is edits["email"]
    shown = fe.errors()
    assert set(shown) == {"email", ""} and shown[""].count("\n") == 1
    assert edits["email"].property("invalid") is True
    assert fe.show(NotFoundError("org_not_found")) is edits["name"]   # mapped by its key
    fe.clear_field("email")                     # works although the form was never shown
    assert "email" not in fe.errors() and not edits["email"].property("invalid")
    fe.clear()
    assert fe.errors() == {} and not fe.has_errors() and fe.general.text() == ""


def test_show_message_appends_to_the_general_label_and_calls_on_show(qtbot: Any) -> None:
    calls: list[int] = []
    _w, fe, edits = _form(qtbot, on_show=lambda: calls.append(1))
    assert fe.show_message(None, "first") is None
    assert fe.show_message("unknown", "second") is None
    assert fe.show_message("name", "bad") is edits["name"]
    assert fe.errors() == {"": "first\nsecond", "name": "bad"}
    assert len(calls) == 3
    fe.hide_general()
    assert fe.errors() == {"name": "bad"} and fe.general.text() == "first\nsecond"
