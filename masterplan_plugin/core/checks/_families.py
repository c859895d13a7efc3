"""Imports every rule-family module so that their checks register themselves."""

from . import (  # noqa: F401
    attributes,
    axes,
    boundaries,
    commune_lists,
    communes,
    crs_checks,
    degenerate,
    geometry,
    green,
    land_use,
    zoning_communes,
    zoning_coverage,
)
