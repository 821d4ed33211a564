"""Database layer: engine set-up, typed models, migrations, backups."""
