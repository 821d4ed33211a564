"""Small widgets shared by the booking dialog and the kiosk (promoted in Designer forms)."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QTimeEdit, QWidget

STEP_MINUTES = 15


def snap_time(t: QTime, step: int = STEP_MINUTES) -> QTime:
    """``t`` rounded down to the step (10:07 -> 10:00)."""
    minutes = t.hour() * 60 + t.minute()
    minutes -= minutes % step
    return QTime(minutes // 60, minutes % 60)


class QuarterTimeEdit(QTimeEdit):
    """A time field whose arrows, wheel and Up/Down keys move by 15 minutes.

    Typing any minute stays possible: a booking from 10:05 is legitimate, only the
    stepping is coarse, because nobody wants to click 45 times to go from 9:00 to 9:45.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")

    def stepBy(self, steps: int) -> None:
        base = snap_time(self.time())
        if steps < 0 and base != self.time():
            steps += 1   # 10:07 down one step lands on 10:00, not 09:45
        minutes = base.hour() * 60 + base.minute() + steps * STEP_MINUTES
        minutes = max(0, min(minutes, 23 * 60 + 45))
        self.setTime(QTime(minutes // 60, minutes % 60))

    def stepEnabled(self) -> QTimeEdit.StepEnabledFlag:
        minutes = self.time().hour() * 60 + self.time().minute()
        flags = QTimeEdit.StepEnabledFlag.StepNone
        if minutes > 0:
            flags |= QTimeEdit.StepEnabledFlag.StepDownEnabled
        if minutes < 23 * 60 + 45:
            flags |= QTimeEdit.StepEnabledFlag.StepUpEnabled
        return flags
