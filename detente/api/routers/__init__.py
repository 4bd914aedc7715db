"""One router per resource (mounted by :func:`detente.api.app.create_app`)."""
