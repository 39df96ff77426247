"""The Solvimon models, under the facade's name: the generated `payclients_solvimon.models`, loaded on first use.

Import from here: `from payclients.solvimon.models import ...` gives the very classes of the generated package.
"""

from __future__ import annotations

import typing
from typing import Any

import payclients_solvimon.models as _models

if typing.TYPE_CHECKING:
    from payclients_solvimon.models import *  # noqa: F403

__all__: tuple[str, ...] = _models.__all__


def __getattr__(name: str) -> Any:
    return getattr(_models, name)


def __dir__() -> list[str]:
    return sorted(__all__)
