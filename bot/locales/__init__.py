"""The message catalogue: one package per language, one module per feature.

Each feature module defines MESSAGES; a language's catalogue is their union, and a key may be
defined only once (checked at import and by the tests).
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def load(language: ModuleType) -> dict[str, str]:
    merged: dict[str, str] = {}
    for module_info in sorted(pkgutil.iter_modules(language.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{language.__name__}.{module_info.name}")
        duplicates = merged.keys() & module.MESSAGES.keys()
        if duplicates:
            raise ValueError(f"{module.__name__} redefines {sorted(duplicates)}")
        merged.update(module.MESSAGES)
    return merged
