"""Files in and out of TiersLieu (CSV, calendars, open data). No Qt, no database here."""
