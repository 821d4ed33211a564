"""Use cases: each public function owns its transaction, checks the rules, raises
``tierslieu.errors`` and returns plain dataclasses (never live ORM objects)."""
