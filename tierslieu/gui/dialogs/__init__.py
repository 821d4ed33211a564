"""Dialogs built from the Designer forms in ``tierslieu.gui.forms``."""
