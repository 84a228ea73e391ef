"""The ontology, the named queries and the seed article come with the package; a project folder can replace them."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import kg
import kg.cli.commands  # registers the commands
from kg.cli.main import cli
from kg.settings import load_settings
from tests.conftest import PROJECT_DIR

PACKAGE_DIR = Path(kg.__file__).parent


def kg_in(cwd: Path, env: dict[str, str | None], *args: str) -> Result:
    """Run `kg ARGS...` in-process from `cwd` with `env` added to the environment."""
    with contextlib.chdir(cwd):
        return CliRunner().invoke(cli, list(args), catch_exceptions=False, env=env)


@pytest.mark.parametrize("folder", ["ontology", "queries", "seeds"])
def test_the_folders_are_read_from_the_package_whatever_the_working_directory(tmp_path: Path, folder: str) -> None:
    with contextlib.chdir(tmp_path):
        found = getattr(load_settings({}), f"{folder}_dir")
    assert found.is_relative_to(PACKAGE_DIR)
    assert sorted(p.name for p in found.iterdir()) == sorted(p.name for p in (PROJECT_DIR / folder).iterdir())
    # In the checkout they are the top-level folders themselves, so there is no second copy to drift.
    assert found.resolve() == (PROJECT_DIR / folder).resolve()


def test_a_project_folder_replaces_the_folders_it_has(tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / "queries").mkdir(parents=True)
    (project / "queries" / "mine-count.rq").write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }\n")
    store = tmp_path / "store"
    env: dict[str, str | None] = {"KG_PROJECT_DIR": str(project), "KG_STORE": str(store)}

    assert kg_in(tmp_path, env, "build").exit_code == 0  # ontology and seeds from the package
    result = kg_in(tmp_path, env, "query", "mine")

    assert result.exit_code == 0, result.stderr
    assert "(1 row)" in result.stdout
    missing = kg_in(tmp_path, env, "query", "cq01")
    assert missing.exit_code == 2
    assert "mine-count" in missing.stderr


def test_a_project_folder_that_does_not_exist_is_one_line_of_error(tmp_path: Path) -> None:
    result = kg_in(tmp_path, {"KG_PROJECT_DIR": str(tmp_path / "nowhere")}, "query", "cq01")
    assert result.exit_code == 2
    assert result.stderr == f"Error: KG_PROJECT_DIR '{tmp_path / 'nowhere'}' is not a directory\n"
