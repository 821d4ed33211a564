"""Inline field errors for the form dialogs.

A domain error (:class:`~tierslieu.errors.TiersLieuError`, or the several of a
:class:`~tierslieu.errors.ValidationErrors`) is shown in the error label under the field it
names, that field gets a red border (the dynamic ``invalid`` property the dialogs' style
sheets select on), and whatever names no known field goes to the dialog's general label.
A dialog owns one ``FieldErrors`` (composition)::

    self.field_errors = FieldErrors(ui.generalError, {
        "email": (ui.emailEdit, ui.emailError),
        "organization": (ui.organizationCombo, ui.organizationError),
    }, key_fields={"org_not_found": "organization"})
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtWidgets import QLabel, QWidget

from tierslieu.errors import TiersLieuError, ValidationErrors


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Set the ``invalid`` property and re-polish, so the style sheet's border follows."""
    widget.setProperty("invalid", invalid)
    # a dynamic property only restyles after the style is re-applied
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


class FieldErrors:
    """The error labels of one form: field name -> (input widget, error label).

    ``key_fields`` maps an error *key* to the field it concerns when the service gave no
    ``field`` (e.g. ``"person_not_found"`` -> ``"person"``). ``on_show`` runs after each
    message is shown (a dialog may grow to make room for it).

    Visibility is read with ``isHidden`` rather than ``isVisible``, so that :meth:`errors`
    and :meth:`clear_field` do not depend on the dialog itself being shown.
    """

    def __init__(self, general: QLabel, fields: Mapping[str, tuple[QWidget, QLabel]], *,
                 key_fields: Mapping[str, str] | None = None,
                 on_show: Callable[[], None] | None = None) -> None:
        self.general = general
        self.fields: dict[str, tuple[QWidget, QLabel]] = dict(fields)
        self.key_fields: dict[str, str] = dict(key_fields or {})
        self.on_show = on_show

    def field_of(self, err: TiersLieuError) -> str | None:
        """The field an error belongs to, or None for the general label."""
        return err.field or self.key_fields.get(err.key)

    def show(self, exc: TiersLieuError) -> QWidget | None:
        """Show every error of ``exc`` where it belongs; focus and return the first field
        widget marked (None when all went to the general label)."""
        errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
        first: QWidget | None = None
        for err in errors:
            widget = self.show_message(self.field_of(err), err.message())
            first = first or widget
        if first is not None:
            first.setFocus()
        return first

    def show_message(self, field: str | None, text: str) -> QWidget | None:
        """Show ``text`` under ``field`` and return its widget; an unknown or missing field
        adds the text as a new line of the general label and returns None."""
        widget: QWidget | None = None
        if field is not None and field in self.fields:
            widget, label = self.fields[field]
            label.setText(text)
            label.setVisible(True)
            mark_invalid(widget, True)
        else:
            self.general.setText("\n".join(filter(None, [self.general.text(), text])))
            self.general.setVisible(True)
        if self.on_show is not None:
            self.on_show()
        return widget

    def clear_field(self, field: str) -> None:
        """Hide the message of one field and drop its red border (a no-op when none)."""
        widget, label = self.fields[field]
        if not label.isHidden():
            label.setVisible(False)
            label.clear()
            mark_invalid(widget, False)

    def hide_general(self) -> None:
        """Hide the general label, keeping its text (:meth:`clear` empties it)."""
        self.general.setVisible(False)

    def clear(self) -> None:
        """Hide every message, the general one included."""
        for field in self.fields:
            self.clear_field(field)
        self.general.clear()
        self.general.setVisible(False)

    def errors(self) -> dict[str, str]:
        """Field -> message currently shown, ``""`` for the general label."""
        shown = {name: label.text() for name, (_w, label) in self.fields.items()
                 if not label.isHidden()}
        if not self.general.isHidden():
            shown[""] = self.general.text()
        return shown

    def has_errors(self) -> bool:
        return any(not label.isHidden() for _w, label in self.fields.values()) \
            or not self.general.isHidden()
