"""``make bench``: the atlas export against the bare QGIS export of the same layout.

For two plans — the demo (6 municipalities) and a synthetic plan of 10k zones (50 municipalities, 10 of
them exported) — it times:

- ``export_atlas``: the whole job (plan read, core indicators, findings register, project and templates,
  per-municipality PDFs, cover + summary + combined PDF, temporary files and renames);
- the bare loop: the same layouts (sheets, and cover + summary) already bound to the same layers and
  filled once (set up outside the timing), exported with ``QgsLayoutExporter`` alone — one
  ``exportToPdf`` per municipality, then one ``QgsLayoutExporter.exportToPdf(iterator, …)`` for the
  combined PDF: the same pages, without reading the plan, computing indicators, reading the findings
  register, loading templates, refilling pages or the atomic temporary files.

Reports seconds per page (pages written by ``export_atlas``) and the ratio of the two times; targets of
issue #5: <= 2 s per page and <= 1.2 x the bare export. Medians of ``RUNS`` runs; results in
build/bench/atlas.json.
"""

from __future__ import annotations

import json
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "build" / "bench"
RUNS = 5
DPI = 150
TARGETS = {"seconds_per_page": 2.0, "ratio_to_bare": 1.2}


def demo_plan() -> Path:
    from masterplan_plugin.qgis_adapters.demo_builder import build_demo

    plan, _ = build_demo(OUT / "atlas_demo")
    return plan.gpkg


def synthetic_plan_file() -> Path:
    from masterplan_plugin.io.plan_io import append_to_plan
    from masterplan_plugin.qgis_adapters.plan_project import create_plan
    from test.bench.synthetic_plan import synthetic_plan

    plan = create_plan(OUT / "atlas_synthetic_10k.gpkg", "EPSG:3035", overwrite=True)
    for layer, (geometries, columns) in synthetic_plan(zones=10_000, axes=2_000, green=1_000).items():
        append_to_plan(plan.gpkg, layer, geometries, columns)
    return plan.gpkg


def time_ours(plan: Path, codes: list[str], out: Path) -> tuple[float, int]:
    from masterplan_plugin.qgis_adapters.atlas import export_atlas

    shutil.rmtree(out, ignore_errors=True)
    started = time.perf_counter()
    result = export_atlas(plan, out, communes=codes, dpi=DPI, language="en")
    return time.perf_counter() - started, result.pages


def time_bare(plan: Path, codes: list[str], out: Path) -> tuple[float, int]:
    """The same layout and layers, set up beforehand; only QgsLayoutExporter calls are timed."""
    from qgis.core import QgsLayoutExporter, QgsProject

    from masterplan_plugin.core.atlas.blocks import (
        Texts,
        agglomeration_tables,
        commune_sheets,
        sorted_classes,
        summary_table,
    )
    from masterplan_plugin.core.atlas.front import communes_table, findings_list_table
    from masterplan_plugin.core.indicators import compute_indicators
    from masterplan_plugin.io.validation import load_snapshot, read_register
    from masterplan_plugin.qgis_adapters.atlas import _agglomeration_extent, _FrontThenSheets, pdf_settings
    from masterplan_plugin.qgis_adapters.atlas_layout import (
        SCALES,
        FrontContent,
        PageContext,
        SheetFiller,
        atlas_layers,
        fill_front,
        load_layout,
    )
    from masterplan_plugin.qgis_adapters.plan_project import add_plan_to_project

    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    snapshot = load_snapshot(plan)
    indicators, register = compute_indicators(snapshot), read_register(plan)
    sheets = commune_sheets(snapshot, indicators, register, "en", codes)
    keep_alive = []  # the front legend's root, until the project is cleared
    project = QgsProject()
    try:
        layers = atlas_layers(plan, project, add_plan_to_project(plan, project), Texts("en"))
        layout = load_layout(project, "sheets", "A3", "bare")
        project.layoutManager().addLayout(layout)
        extent = _agglomeration_extent(layers.boundaries.extent())
        filler = SheetFiller(layout, layers, {sheet.code: sheet for sheet in sheets}, Texts("en"),
                             PageContext(plan.stem, "", "", ""), extent)
        layout.renderContext().setPredefinedScales(list(SCALES))
        atlas = layout.atlas()
        atlas.beginRender()
        atlas.seekTo(0)  # pages filled and maps at the municipality's scale once, then left alone
        atlas.endRender()
        atlas.featureChanged.disconnect(filler.fill)
        front = load_layout(project, "front", "A3", "bare_front")
        project.layoutManager().addLayout(front)
        tables = {"summary_table": summary_table(indicators, sheets, register, "en")}
        tables.update(agglomeration_tables(indicators, "en"))
        classes = [code for code, _ in sorted_classes(indicators.totals.zoning_ha)]
        content = FrontContent(tables, findings_list_table(register, sheets, "en"),
                               lambda pages: communes_table(sheets, "en", pages), classes,
                               lambda pages: "", [], "")
        keep_alive.append(fill_front(front, layers, Texts("en"), PageContext(plan.stem, "", "", ""), extent,
                                     content))
        settings = pdf_settings(DPI)

        started = time.perf_counter()
        atlas.beginRender()
        for index in range(atlas.count()):
            atlas.seekTo(index)
            result = QgsLayoutExporter(layout).exportToPdf(str(out / f"{index}.pdf"), settings)
            assert result == QgsLayoutExporter.ExportResult.Success, result
        atlas.endRender()
        iterator = _FrontThenSheets(front, layout)
        result, error = QgsLayoutExporter.exportToPdf(iterator, str(out / "combined.pdf"), settings)
        assert result == QgsLayoutExporter.ExportResult.Success, error
        elapsed = time.perf_counter() - started
        return elapsed, front.pageCollection().pageCount() + 2 * 3 * atlas.count()
    finally:
        project.clear()


def measure(name: str, plan: Path, codes: list[str] | None) -> dict:
    from masterplan_plugin.io.plan_io import read_vector
    from masterplan_plugin.io.validation import validate_plan

    validate_plan(plan)
    codes = codes or sorted(read_vector(plan, "communes", columns=["code"]).attributes["code"])
    time_ours(plan, codes, OUT / f"{name}_ours")  # warm-up: fonts, SVG cache, GDAL
    ours, bare = [], []
    for _ in range(RUNS):
        ours.append(time_ours(plan, codes, OUT / f"{name}_ours"))
        bare.append(time_bare(plan, codes, OUT / f"{name}_bare"))
    ours_s, pages = statistics.median(t for t, _ in ours), ours[0][1]
    bare_s, bare_pages = statistics.median(t for t, _ in bare), bare[0][1]
    return {
        "municipalities": len(codes), "pages": pages, "export_atlas_s": round(ours_s, 3),
        "seconds_per_page": round(ours_s / pages, 3), "bare_pages": bare_pages, "bare_s": round(bare_s, 3),
        "bare_seconds_per_page": round(bare_s / bare_pages, 3), "ratio_to_bare": round(ours_s / bare_s, 3),
        "runs": {"export_atlas_s": [round(t, 3) for t, _ in ours], "bare_s": [round(t, 3) for t, _ in bare]},
    }


def main() -> int:
    from masterplan_plugin.qgis_adapters.qgis_app import headless_qgis

    OUT.mkdir(parents=True, exist_ok=True)
    with headless_qgis():
        results = {"demo": measure("atlas_demo", demo_plan(), None)}
        synthetic = synthetic_plan_file()
        from masterplan_plugin.io.plan_io import read_vector

        codes = sorted(read_vector(synthetic, "communes", columns=["code"]).attributes["code"])[:10]
        results["synthetic_10k"] = measure("atlas_synthetic", synthetic, codes)
    verdict = {name: {"seconds_per_page_ok": run["seconds_per_page"] <= TARGETS["seconds_per_page"],
                      "ratio_ok": run["ratio_to_bare"] <= TARGETS["ratio_to_bare"]}
               for name, run in results.items()}
    report = {"dpi": DPI, "format": "A3", "targets": TARGETS, "results": results, "verdict": verdict}
    (OUT / "atlas.json").write_text(json.dumps(report, indent=2))
    for name, run in results.items():
        print(f"atlas {name}: {run['municipalities']} municipalities, {run['pages']} pages in "
              f"{run['export_atlas_s']:.2f} s = {run['seconds_per_page']:.3f} s/page; "
              f"bare QgsLayoutExporter loop "
              f"{run['bare_pages']} pages in {run['bare_s']:.2f} s; ratio {run['ratio_to_bare']:.2f}")
    print(json.dumps(verdict, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
