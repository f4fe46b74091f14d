"""The web app and REST API (FastAPI + Jinja2): ``create_app`` builds it; ``sayso serve``
runs it."""

from sayso.web.app import create_app

__all__ = ["create_app"]
