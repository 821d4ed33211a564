"""PDF documents (ReportLab) built from the services' figures; never imports Qt.

ReportLab is heavy: it is imported inside the functions that draw, never at start-up.
"""
