"""Sign-in, the session lock, the audit log and the users' administration."""
