"""Settings: one immutable object built from arguments and an environment mapping, never read at import time."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from kg.assets import bundled_dir
from kg.errors import BadInputError

DEFAULT_BASE_IRI = "https://w3id.org/spacekg/"
DEFAULT_STORE_DIR = ".kg-store"


@dataclass(frozen=True)
class Settings:
    """Everything configurable about a run of the CLI or the server."""

    store_dir: Path | None = Path(DEFAULT_STORE_DIR)
    base_iri: str = DEFAULT_BASE_IRI
    # A folder with the user's own ontology/, queries/ or seeds/; those it lacks come with the package.
    project_dir: Path | None = None
    query_timeout_s: float = 30.0
    max_result_rows: int = 100_000
    max_request_bytes: int = 1_000_000
    update_token: str | None = None
    service_allowlist: tuple[str, ...] = ()
    cors_origins: str = "*"

    @property
    def ontology_dir(self) -> Path:
        """Where the ontology, shapes and JSON-LD context live."""
        return self.find_folder("ontology")

    @property
    def queries_dir(self) -> Path:
        """Where the named queries (`cq01-missions.rq`, ...) live."""
        return self.find_folder("queries")

    @property
    def seeds_dir(self) -> Path:
        """Where `kg build` finds its articles."""
        return self.find_folder("seeds")

    def find_folder(self, name: str) -> Path:
        """The project folder `name`: the project directory's own if it has one, else the package's copy."""
        if self.project_dir is not None and (self.project_dir / name).is_dir():
            return self.project_dir / name
        return bundled_dir(name)

    def with_changes(self, **changes: object) -> Settings:
        """Return a copy with some fields changed."""
        return replace(self, **changes)  # type: ignore[arg-type]


def read_token_from(environ: Mapping[str, str]) -> str | None:
    """Return the update token from KG_UPDATE_TOKEN or the file named by KG_UPDATE_TOKEN_FILE."""
    token = environ.get("KG_UPDATE_TOKEN")
    path = environ.get("KG_UPDATE_TOKEN_FILE")
    if not token and path:
        try:
            token = Path(path).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise BadInputError(f"cannot read KG_UPDATE_TOKEN_FILE {path!r}: {exc.strerror}") from exc
    return token or None


def load_settings(environ: Mapping[str, str], **overrides: object) -> Settings:
    """Build settings from an environment mapping (KG_STORE, KG_BASE_IRI, ...) and explicit overrides."""
    values: dict[str, object] = {}
    if environ.get("KG_STORE"):
        values["store_dir"] = Path(environ["KG_STORE"])
    if environ.get("KG_PROJECT_DIR"):
        values["project_dir"] = Path(environ["KG_PROJECT_DIR"])
    if environ.get("KG_BASE_IRI"):
        values["base_iri"] = environ["KG_BASE_IRI"]
    if environ.get("KG_QUERY_TIMEOUT"):
        values["query_timeout_s"] = _parse_number("KG_QUERY_TIMEOUT", environ["KG_QUERY_TIMEOUT"])
    if environ.get("KG_SERVICE_ALLOWLIST"):
        values["service_allowlist"] = tuple(environ["KG_SERVICE_ALLOWLIST"].split())
    values["update_token"] = read_token_from(environ)
    values.update({k: v for k, v in overrides.items() if v is not None})
    project = values.get("project_dir")
    if isinstance(project, Path) and not project.is_dir():
        raise BadInputError(f"KG_PROJECT_DIR {str(project)!r} is not a directory")
    base = str(values.get("base_iri", DEFAULT_BASE_IRI))
    if not base.endswith(("/", "#")):
        values["base_iri"] = base + "/"
    return Settings(**values)  # type: ignore[arg-type]


def _parse_number(name: str, text: str) -> float:
    try:
        return float(text)
    except ValueError as exc:
        raise BadInputError(f"{name} must be a number of seconds, not {text!r}") from exc
