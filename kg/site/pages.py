"""Registering the pages on an app: their templates, static files (YASGUI included) and home page."""

from __future__ import annotations

from flask import Blueprint, Flask

from kg.site import home
from kg.site.store import EXTENSION, PageStore

blueprint = Blueprint("site", __name__, template_folder="templates", static_folder="static", static_url_path="/static")


def register_pages(app: Flask, store: PageStore) -> None:
    """Give `app` the pages' templates, static files and home page, and lend them `store`."""
    app.extensions[EXTENSION] = store
    app.register_blueprint(blueprint)
    app.register_blueprint(home.blueprint)
