"""The PySide6 desktop interface: the only package allowed to import Qt."""

# Registering the compiled resources here means every widget module finds its
# ":/icons/..." however it is imported (the app, a test, a screenshot script).
from tierslieu.gui import resources_rc  # noqa: F401
