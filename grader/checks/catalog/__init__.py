"""The course's checks, one file per module (its practice checks and its exercise).

``load()`` imports every module in this package once, which registers its checks; a new
module's checks are registered by adding its file here, and nothing else needs to list it.
"""

import importlib
import pkgutil

_LOADED = False


def load() -> None:
    """Register every check of the course (once)."""
    global _LOADED
    if not _LOADED:
        _LOADED = True
        for info in sorted(pkgutil.iter_modules(__path__), key=lambda info: info.name):
            importlib.import_module(f"{__name__}.{info.name}")
