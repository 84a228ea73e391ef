"""Settings: one immutable object built from arguments and an environment mapping, never read at import time."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.assets import bundled_dir
from kg.errors import BadInputError

DEFAULT_BASE_IRI = "https://w3id.org/spacekg/"
DEFAULT_STORE_DIR = ".kg-store"
# A query process resident above this after an answer is replaced (kg.store.executor); 0: never. A warmed one
# holds 60-120 MiB on a million triples, so only a query that grew it well past that costs a replacement.
DEFAULT_QUERY_RSS_LIMIT_MIB = 192


@dataclass(frozen=True)
class Settings:
    """Everything configurable about a run of the CLI or the server."""

    store_dir: Path | None = Path(DEFAULT_STORE_DIR)
    base_iri: str = DEFAULT_BASE_IRI
    # A folder with the user's own ontology/, queries/ or seeds/; those it lacks come with the package.
    project_dir: Path | None = None
    query_timeout_s: float = 30.0
    query_rss_limit_mib: int = DEFAULT_QUERY_RSS_LIMIT_MIB
    max_result_rows: int = 100_000
    max_request_bytes: int = 1_000_000
    update_token: str | None = None
    service_allowlist: tuple[str, ...] = ()
    cors_origins: str = "*"
    # A SPARQL 1.1 server holding the graph instead of store_dir (kg.store.remote); None: the directory.
    # Its endpoints default to Oxigraph's paths under store_url; store_graph_store_url "" means the server
    # has no Graph Store Protocol, so each graph is written by one SPARQL update instead.
    store_url: str | None = None
    store_query_url: str | None = None
    store_update_url: str | None = None
    store_graph_store_url: str | None = None
    # The request parameter that makes the default graph the union of the named graphs (Oxigraph's);
    # "" for servers whose default graph already is that union (Virtuoso, Fuseki with unionDefaultGraph).
    store_union_parameter: str = "union-default-graph"
    store_timeout_s: float = 60.0
    store_user: str | None = None
    store_password: str | None = field(default=None, repr=False)
    store_token: str | None = field(default=None, repr=False)
    # How the user and password are sent: "basic" (with every request) or "digest" (Virtuoso's *-auth endpoints).
    store_auth: str = "basic"

    def with_store(self, location: str) -> Settings:
        """Return a copy using the store at `location`: an http(s) URL of a SPARQL server, else a directory."""
        if is_store_url(location):
            return replace(self, store_url=location, store_dir=None)
        return replace(self, store_dir=Path(location), store_url=None)

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


def is_store_url(location: str) -> bool:
    """Whether a --store or KG_STORE value names a SPARQL server rather than a directory."""
    return location.lower().startswith(("http://", "https://"))


def read_secret(environ: Mapping[str, str], name: str) -> str | None:
    """The secret in the variable `name`, or in the file named by `name`_FILE (never from the command line)."""
    value = environ.get(name)
    path = environ.get(f"{name}_FILE")
    if not value and path:
        try:
            value = Path(path).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise BadInputError(f"cannot read {name}_FILE {path!r}: {exc.strerror}") from exc
    return value or None


def read_remote_settings(environ: Mapping[str, str]) -> dict[str, object]:
    """The SPARQL server's endpoints, credentials and timeout from the KG_STORE_* variables, as settings fields."""
    values: dict[str, object] = {
        "store_query_url": environ.get("KG_STORE_QUERY_URL") or None,
        "store_update_url": environ.get("KG_STORE_UPDATE_URL") or None,
        "store_user": environ.get("KG_STORE_USER") or None,
        "store_password": read_secret(environ, "KG_STORE_PASSWORD"),
        "store_token": read_secret(environ, "KG_STORE_TOKEN"),
    }
    if environ.get("KG_STORE_AUTH"):
        values["store_auth"] = environ["KG_STORE_AUTH"].lower()
    graph_store = environ.get("KG_STORE_GRAPH_STORE_URL")
    if graph_store is not None:
        values["store_graph_store_url"] = "" if graph_store.lower() in ("", "none") else graph_store
    if "KG_STORE_UNION_PARAMETER" in environ:
        values["store_union_parameter"] = environ["KG_STORE_UNION_PARAMETER"]
    if environ.get("KG_STORE_TIMEOUT"):
        values["store_timeout_s"] = _parse_number("KG_STORE_TIMEOUT", environ["KG_STORE_TIMEOUT"])
    return values


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
    values = read_remote_settings(environ)
    if environ.get("KG_STORE") and overrides.get("store_dir") is None:
        location = environ["KG_STORE"]
        if is_store_url(location):
            values["store_url"], values["store_dir"] = location, None
        else:
            values["store_dir"] = Path(location)
    if environ.get("KG_PROJECT_DIR"):
        values["project_dir"] = Path(environ["KG_PROJECT_DIR"])
    if environ.get("KG_BASE_IRI"):
        values["base_iri"] = environ["KG_BASE_IRI"]
    if environ.get("KG_QUERY_TIMEOUT"):
        values["query_timeout_s"] = _parse_number("KG_QUERY_TIMEOUT", environ["KG_QUERY_TIMEOUT"])
    if environ.get("KG_QUERY_RSS_LIMIT_MIB"):
        values["query_rss_limit_mib"] = _parse_mebibytes("KG_QUERY_RSS_LIMIT_MIB", environ["KG_QUERY_RSS_LIMIT_MIB"])
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


def _parse_mebibytes(name: str, text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise BadInputError(f"{name} must be a whole number of MiB (0: no limit), not {text!r}")
    return value
