"""`--store DIR` works before and after every command, and an empty or missing store is named, not created."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import kg.cli.commands  # noqa: F401  (registers the commands)
from kg.cli.main import cli
from kg.store import KGStore
from tests.conftest import PROJECT_DIR, SEED_ARTICLE

ARTICLE = PROJECT_DIR / "tests" / "data" / "articles" / "new-shepard-ns-19.txt"
SAMPLE = PROJECT_DIR / "tests" / "w3c" / "sample.trig"


def run_cli(cwd: Path, *args: str) -> Result:
    """Run `kg ARGS...` in-process from `cwd`, with no KG_STORE from the environment."""
    with contextlib.chdir(cwd):
        return CliRunner().invoke(cli, list(args), catch_exceptions=False, env={"KG_STORE": None})


def with_store(position: str, store: Path, command: str, *args: str) -> list[str]:
    """The command line with `--store STORE` before the command (`group`) or after its name (`command`)."""
    if position == "group":
        return ["--store", str(store), command, *args]
    return [command, "--store", str(store), *args]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built from the seed article."""
    store = tmp_path_factory.mktemp("built") / "store"
    result = run_cli(store.parent, "--store", str(store), "build")
    assert result.exit_code == 0, result.stderr
    return store


READS = [
    (("query", "cq01"), "Soyuz MS-19"),
    (("stats",), "seed-soyuz-ms-19"),
    (("export", "--format", "nq"), "soyuz-ms-19"),
    (("validate",), "Conforms"),
]


@pytest.mark.parametrize("position", ["group", "command"])
@pytest.mark.parametrize(("args", "expected"), READS, ids=[r[0][0] for r in READS])
def test_read_commands_read_the_store_named_before_or_after_them(
    built: Path, tmp_path: Path, position: str, args: tuple[str, ...], expected: str
) -> None:
    result = run_cli(tmp_path, *with_store(position, built, *args))
    assert result.exit_code == 0, result.stderr
    assert expected in result.stdout
    assert "Note:" not in result.stderr
    assert list(tmp_path.iterdir()) == []


WRITES = [
    (("build",), "seed-soyuz-ms-19"),
    (("ingest", str(ARTICLE)), "new-shepard-ns-19"),
    (("load", str(SAMPLE)), "graph/article-1"),
]


@pytest.mark.parametrize("position", ["group", "command"])
@pytest.mark.parametrize(("args", "expected"), WRITES, ids=[w[0][0] for w in WRITES])
def test_write_commands_write_the_store_named_before_or_after_them(
    tmp_path: Path, position: str, args: tuple[str, ...], expected: str
) -> None:
    store = tmp_path / "store"
    result = run_cli(tmp_path, *with_store(position, store, *args))
    assert result.exit_code == 0, result.stderr
    stats = run_cli(tmp_path, "--store", str(store), "stats")
    assert expected in stats.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]


@pytest.mark.parametrize("position", ["group", "command"])
def test_remove_takes_the_article_out_of_the_store_named_before_or_after_it(tmp_path: Path, position: str) -> None:
    store = tmp_path / "store"
    assert run_cli(tmp_path, "--store", str(store), "build").exit_code == 0
    result = run_cli(tmp_path, *with_store(position, store, "remove", "seed-soyuz-ms-19"))
    assert result.exit_code == 0, result.stderr
    assert "seed-soyuz-ms-19" not in run_cli(tmp_path, "--store", str(store), "stats").stdout


@pytest.mark.parametrize("position", ["group", "command"])
def test_extract_accepts_the_option_and_leaves_the_store_alone(tmp_path: Path, position: str) -> None:
    store = tmp_path / "store"
    result = run_cli(tmp_path, *with_store(position, store, "extract", str(SEED_ARTICLE), "--out", "-"))
    assert result.exit_code == 0, result.stderr
    assert "soyuz-ms-19" in result.stdout
    assert not store.exists()


def test_the_store_after_the_command_wins_over_the_one_before(built: Path, tmp_path: Path) -> None:
    result = run_cli(tmp_path, "--store", str(tmp_path / "other"), "query", "cq01", "--store", str(built))
    assert result.exit_code == 0, result.stderr
    assert "Soyuz MS-19" in result.stdout


def test_every_command_documents_the_option() -> None:
    for name, command in cli.commands.items():
        assert "--store" in command.get_help(cli.make_context("kg", [name, "--help"], resilient_parsing=True)), name


@pytest.mark.parametrize(
    "args", [("query", "cq01"), ("stats",), ("export", "--format", "nq"), ("validate",)], ids=lambda a: a[0]
)
def test_reading_where_there_is_no_store_says_so_and_creates_none(tmp_path: Path, args: tuple[str, ...]) -> None:
    result = run_cli(tmp_path, *args)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith("Note: there is no store at .kg-store")
    assert "kg build" in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


def test_a_named_query_on_no_store_answers_no_rows_after_the_note(tmp_path: Path) -> None:
    result = run_cli(tmp_path, "query", "cq01")
    assert "(0 rows)" in result.stdout


def test_removing_from_no_store_creates_none(tmp_path: Path) -> None:
    result = run_cli(tmp_path, "remove", "seed-soyuz-ms-19")
    assert result.exit_code == 2
    assert result.stderr == "Error: no article 'seed-soyuz-ms-19' in the store. The store holds no articles.\n"
    assert list(tmp_path.iterdir()) == []


def test_reading_an_empty_store_says_it_is_empty(tmp_path: Path) -> None:
    store = tmp_path / "empty"
    KGStore.open(store).close()
    result = run_cli(tmp_path, "--store", str(store), "query", "cq03")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"Note: the store at {store} is empty; run `kg build` to fill it.\n"
    assert "(0 rows)" in result.stdout
