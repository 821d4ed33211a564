"""Controls shown by role: what the signed-in user may not do is not offered.

The services check every permission (``tierslieu.security``), so hiding a control is a
courtesy, not the rule: a director sees the pages but no « New », « Edit » or « Check
in » buttons that would only answer « not allowed ». :func:`guard` hides the buttons and
actions of one action of the table (a hidden ``QAction`` takes no shortcut either) and
marks them, so code that toggles their visibility later asks :func:`shown` first.
"""

from __future__ import annotations

from typing import Any

from tierslieu import security

_PROPERTY = "tierslieu_action"


def guard(action: str, *controls: Any) -> bool:
    """Hide ``controls`` (widgets or actions) unless the current user may do ``action``;
    returns whether they may."""
    ok = security.allowed(action)
    for control in controls:
        control.setProperty(_PROPERTY, action)
        if not ok:
            control.setVisible(False)
    return ok


def shown(control: Any, wanted: bool = True) -> None:
    """``control.setVisible(wanted)``, but never shows a control its role may not use."""
    action = control.property(_PROPERTY)
    control.setVisible(bool(wanted) and (not action or security.allowed(str(action))))
