"""The one family of errors the package raises; the CLI and the web app turn them into exit codes and statuses."""

from __future__ import annotations


class KGError(Exception):
    """Base of every error this package raises on purpose."""

    exit_code = 1
    http_status = 500


class BadInputError(KGError, ValueError):
    """The user gave something we cannot use: a file, a format, a query, an article."""

    exit_code = 2
    http_status = 400


class NotFoundError(KGError, LookupError):
    """A named thing (file, query, graph, resource) does not exist."""

    exit_code = 2
    http_status = 404


class ArticleError(BadInputError):
    """An article cannot be read: empty, not UTF-8, no publication date."""


class UnknownFormatError(BadInputError):
    """An RDF or result format that we do not read or write."""


class EntityDeclarationError(BadInputError):
    """RDF/XML that declares DTD entities, which are refused (their expansion has no limit)."""


class NestingDepthError(BadInputError):
    """RDF nested deeper than its parser can take (its stack overflows, or its time grows with the square)."""


class QuerySyntaxError(BadInputError):
    """A SPARQL query or update that does not parse; the message carries line and column."""


class EngineCrashError(BadInputError):
    """The query engine crashed on a request (its query process died of a signal); nothing was carried out."""


class QueryTimeoutError(KGError):
    """A query ran past its time limit and was stopped."""

    exit_code = 3
    http_status = 503


class TooLargeError(BadInputError):
    """A request, article or result over a configured limit."""

    http_status = 413


class ForbiddenOperationError(BadInputError):
    """An operation that the configuration does not allow (SERVICE to an unlisted endpoint, LOAD of a file)."""

    http_status = 403


class StoreError(KGError):
    """The store cannot be opened or written (locked, corrupt, read-only)."""

    exit_code = 4
    http_status = 503


class ValidationFailedError(KGError):
    """SHACL validation found violations."""

    exit_code = 1
