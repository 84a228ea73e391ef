"""The project's data shipped inside the package: ontology/, queries/ and seeds/.

In the checkout these are links to the top-level folders, which stay the only copy; a built
wheel (or a plain `pip install .`) holds the files themselves, so `kg` finds them wherever it is
installed and whatever the working directory.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from kg.errors import NotFoundError

FOLDERS = ("ontology", "queries", "seeds")


def bundled_dir(name: str) -> Path:
    """The installed folder `name` (one of FOLDERS) as a path on disk."""
    folder = resources.files(__name__).joinpath(name)
    if not isinstance(folder, Path):  # a zipped install: the store and the parsers need real files
        raise NotFoundError(f"kg's {name}/ folder is not a directory on disk ({folder}); install kg with pip")
    return folder
