"""The layers of docs/architecture.md cover every app, so a new app cannot slip past `make lint`."""

import re
import tomllib
from pathlib import Path

from django.apps import apps

PROJECT_DIR = Path(__file__).resolve().parents[1]


def import_linter_config():
    return tomllib.loads((PROJECT_DIR / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]


def project_apps():
    """The installed apps that live in this repository (Wagtail's and Django's do not)."""
    return {config.name for config in apps.get_app_configs() if Path(config.path).parent == PROJECT_DIR}


def test_every_app_of_the_project_is_in_a_layer():
    config = import_linter_config()
    (contract,) = [contract for contract in config["contracts"] if contract["type"] == "layers"]
    layered = {name.strip() for layer in contract["layers"] for name in re.split(r"[|:]", layer)}
    assert project_apps() <= set(config["root_packages"])
    assert project_apps() <= layered
    assert set(config["root_packages"]) == layered
