"""The members' kiosk (``tierslieu --kiosk``): identify, see free rooms, book, check in.

``from tierslieu.gui.kiosk.window import KioskWindow, run_kiosk``.
"""
