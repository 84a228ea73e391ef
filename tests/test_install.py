"""A wheel of the project, installed in a fresh venv and run from an empty directory, works like the checkout."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PROJECT_DIR

pytestmark = pytest.mark.slow

# What the wheel is built from: the checkout without its tests, benchmarks, stores and caches.
NOT_BUILT_FROM = shutil.ignore_patterns(".*", "tests", "bench", "build", "dist", "*.egg-info", "__pycache__")


@pytest.fixture(scope="module")
def installed_kg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The `kg` script of the project's wheel installed in a new venv that cannot see the checkout."""
    root = tmp_path_factory.mktemp("install")
    source = root / "source"
    shutil.copytree(PROJECT_DIR, source, symlinks=True, ignore=NOT_BUILT_FROM)
    wheels = root / "wheels"
    run([sys.executable, "-m", "pip", "wheel", str(source), "-w", str(wheels), "--no-deps", "-q"], cwd=root)
    (wheel,) = wheels.glob("spacekg-*.whl")
    venv = root / "venv"
    run([sys.executable, "-m", "venv", str(venv)], cwd=root)
    python = venv / "bin" / "python"
    run([str(python), "-m", "pip", "install", "--no-deps", "--no-index", "-q", str(wheel)], cwd=root)
    # The dependencies come from the running environment's site-packages, read as a plain path: its .pth
    # files (the editable install of kg among them) are not processed, so kg can come only from the wheel.
    purelib = run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], cwd=root).strip()
    deps = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    (Path(purelib) / "kg-test-dependencies.pth").write_text("\n".join(sorted(deps)) + "\n", encoding="utf-8")
    yield venv / "bin" / "kg"


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    """Run a command, failing the test with its output if it fails; return its stdout."""
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"{command} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def clean_env() -> dict[str, str]:
    """The environment without anything that points kg at the checkout or at a store."""
    return {k: v for k, v in os.environ.items() if not k.startswith("KG_") and k not in {"PYTHONPATH", "VIRTUAL_ENV"}}


def test_the_wheel_holds_the_ontology_queries_and_seeds_as_files(installed_kg: Path) -> None:
    """The package data are copies of the top-level folders, not links back into a checkout."""
    python = installed_kg.parent / "python"
    where = run([str(python), "-c", "import kg.assets; print(kg.assets.__file__)"], cwd=installed_kg.parent)
    assets = Path(where.strip()).parent
    assert assets.is_relative_to(installed_kg.parent.parent)
    for folder in ("ontology", "queries", "seeds"):
        installed = sorted(p.name for p in (assets / folder).iterdir())
        assert installed == sorted(p.name for p in (PROJECT_DIR / folder).iterdir())
        assert not (assets / folder).is_symlink()
        for name in installed:
            assert (assets / folder / name).read_bytes() == (PROJECT_DIR / folder / name).read_bytes()


def test_an_installed_kg_builds_queries_validates_and_exports_anywhere(installed_kg: Path, tmp_path: Path) -> None:
    """From an empty directory: build the seed article, answer a named query, conform, export JSON-LD."""
    empty = tmp_path / "elsewhere"
    empty.mkdir()
    store = tmp_path / "store"
    env = clean_env()

    def kg(*args: str) -> str:
        return run([str(installed_kg), "--store", str(store), *args], cwd=empty, env=env)

    assert "Ingested 1 article" in kg("build")
    assert "Soyuz MS-19" in kg("query", "cq01")
    assert "Conforms" in kg("validate")
    exported = json.loads(kg("export", "--format", "jsonld"))
    assert exported.get("@context")
    assert "soyuz-ms-19" in json.dumps(exported)
    assert list(empty.iterdir()) == []
