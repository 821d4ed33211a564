"""TiersLieu: the desktop application that runs a French tiers-lieu."""

__version__ = "0.1.0"
APP_NAME = "TiersLieu"
