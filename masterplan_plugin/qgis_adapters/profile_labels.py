"""Labels of the validation profile's tolerances, shared by the Settings dialog and Processing."""

from qgis.PyQt.QtCore import QCoreApplication


def tolerance_labels() -> dict[str, str]:
    """Tolerance key (default_profile.json) -> a short translated label."""
    # Literal calls to translate(): pylupdate5 extracts them; a wrapper function would hide them.
    translate = QCoreApplication.translate
    return {
        "overlap_min_area_m2": translate("ProfileLabels", "Smallest overlap reported"),
        "gap_min_area_m2": translate("ProfileLabels", "Smallest gap reported"),
        "outside_min_area_m2": translate(
            "ProfileLabels", "Smallest part outside the municipalities reported"
        ),
        "straddle_min_area_m2": translate(
            "ProfileLabels", "Smallest part in a neighbouring municipality reported"
        ),
        "commune_uncovered_min_share": translate(
            "ProfileLabels", "Smallest unzoned share of a municipality reported"
        ),
        "boundary_min_offset_m": translate("ProfileLabels", "Border offset below which borders match"),
        "boundary_max_offset_m": translate(
            "ProfileLabels", "Border offset above which it is not a mismatch any more"
        ),
        "boundary_stretch_join_m": translate(
            "ProfileLabels", "Distance joining border mismatches into one stretch"
        ),
        "adjacency_tolerance_m": translate(
            "ProfileLabels", "Distance at which zones across a border are neighbours"
        ),
        "adjacency_min_length_m": translate(
            "ProfileLabels", "Shortest shared border of incompatible zones reported"
        ),
        "axis_border_tolerance_m": translate(
            "ProfileLabels", "Distance of an axis end to the border to count as crossing"
        ),
        "axis_continuation_tolerance_m": translate(
            "ProfileLabels", "Search distance for an axis continuing across the border"
        ),
        "axis_snap_tolerance_m": translate("ProfileLabels", "Snapping distance of axis ends"),
        "corridor_border_tolerance_m": translate(
            "ProfileLabels", "Distance of a corridor to the border to count as crossing"
        ),
        "corridor_continuation_tolerance_m": translate(
            "ProfileLabels", "Search distance for a corridor continuing across the border"
        ),
        "green_in_zone_min_area_m2": translate(
            "ProfileLabels", "Smallest public green area in an excluding zone reported"
        ),
        "commune_overlap_min_width_m": translate(
            "ProfileLabels", "Overlap width from which a municipality is drawn over another"
        ),
        "commune_overlap_min_share": translate(
            "ProfileLabels", "Share of a municipality overlapped from which it is drawn over another"
        ),
    }
