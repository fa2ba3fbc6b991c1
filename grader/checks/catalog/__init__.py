"""The course's checks, one file per module (its practice checks and its exercise).

Every module in this package is imported, so a new module's checks are registered by
adding its file here; nothing else needs to list it.
"""

import importlib
import pkgutil

for _info in sorted(pkgutil.iter_modules(__path__), key=lambda info: info.name):
    importlib.import_module(f"{__name__}.{_info.name}")
