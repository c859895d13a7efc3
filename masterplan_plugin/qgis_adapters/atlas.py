"""Master-plan atlases: one PDF per municipality and one combined PDF, straight from the plan file.

``export_atlas`` is the one function behind the toolbar dialog (in a ``QgsTask``: ``atlas_task``), the
command line (``python -m masterplan_plugin atlas``) and Processing. It reads the plan, computes the
core's indicators and reads the findings register once, builds its own ``QgsProject`` (never the user's
open project, so it is safe in a worker thread), loads the shipped layout templates and lets a QGIS atlas
over the ``communes`` layer drive the maps:

- per municipality, three pages — zoning plan, mobility plan, green-spaces plan — written to
  ``<code>_<slug of name>.pdf``;
- one combined PDF, ``<plan>_atlas.pdf``: cover, agglomeration summary, then every municipality's pages.

Files are written atomically and as a set: every PDF is rendered to a hidden temporary file in the output
folder (``.<name>.<random>.part``) and the temporaries replace the final names (``os.replace``) only once
all of them were exported successfully. A cancelled or failed export removes its temporaries and leaves
the previous PDFs untouched. Cancellation is checked before each municipality and between the
municipalities of the combined PDF.
"""

from __future__ import annotations

import glob
import logging
import os
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import shapely
from qgis.core import (
    Qgis,
    QgsAbstractLayoutIterator,
    QgsCoordinateReferenceSystem,
    QgsFeedback,
    QgsLayoutExporter,
    QgsProject,
    QgsRectangle,
    QgsRenderContext,
)

from ..core.atlas.blocks import (
    PAGES,
    Texts,
    agglomeration_tables,
    atlas_language,
    combined_file_name,
    commune_sheets,
    format_number,
    sorted_classes,
    summary_table,
)
from ..core.atlas.front import (
    FrontMatter,
    communes_table,
    document_lines,
    findings_list_table,
    front_matter,
    sources_text,
    zoning_sources,
)
from ..core.atlas.legend import check_legend_mode, hierarchies_in_order, legend_presence, national_pairs
from ..core.borders import national_borders
from ..core.checks.registry import Cancelled
from ..core.errors import InputError, PlanError, error_message
from ..core.indicators import compute_indicators
from ..core.model import COMMUNES, ZONING
from ..io.plan_file import read_plan_settings
from ..io.validation import load_snapshot, read_register
from .atlas_layout import (
    FRONT_PAGE_COUNT,
    PAPER,
    SCALES,
    FrontContent,
    MapOptions,
    PageContext,
    SheetFiller,
    atlas_layers,
    feature_code,
    fill_front,
    load_layout,
)
from .locale import user_language
from .plan_project import add_plan_to_project

LOG = logging.getLogger(__name__)
DPI_RANGE = (50, 1200)
FRONT_PAGES = FRONT_PAGE_COUNT  # cover, summary, open findings; long tables add continuation pages
STALE_AFTER_S = 3600.0  # a temporary this old belongs to an export that was killed

Progress = Callable[[float, str], None]


@dataclass
class AtlasResult:
    output_dir: Path
    commune_pdfs: dict[str, Path]  # municipality code -> its PDF
    combined_pdf: Path | None
    pages: int  # pages written, all files together
    page_format: str
    dpi: int
    language: str
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def paths(self) -> list[Path]:
        paths = list(self.commune_pdfs.values())
        return paths + [self.combined_pdf] if self.combined_pdf else paths


def export_atlas(gpkg: str | Path, output_dir: str | Path, communes: list[str] | None = None,
                 page_format: str = "A3", dpi: int = 150, combined: bool = True, language: str | None = None,
                 progress: Progress | None = None,
                 is_cancelled: Callable[[], bool] | None = None, legend: str = "hilucs",
                 organisation: str | None = None, author: str | None = None, version: str | None = None,
                 status: str | None = None, sources: str | None = None) -> AtlasResult:
    """Export the plan's atlas into ``output_dir``; raises ``Cancelled`` when ``is_cancelled()`` says so.

    ``communes``: municipality codes (default: all); ``page_format``: 'A3' or 'A4' (landscape);
    ``language``: 'fr', 'en' or 'de' for the printed texts (default: QGIS's interface language);
    ``legend``: 'hilucs' (harmonised colours everywhere) or 'national' (each municipality's zoning plan in
    its own standard's legend: CNIG, PAG, plan de secteur); ``organisation``, ``author``, ``version``,
    ``status`` ('draft', 'review', 'approved' or any text) and ``sources`` (free text) go on the cover and
    into the PDFs' metadata — when not given, the plan's settings of the same meaning (``atlas_front``).
    """
    started = time.perf_counter()
    page_format, dpi = _check_options(page_format, dpi)
    legend = check_legend_mode(legend)
    plan = Path(gpkg).resolve()
    plan_settings = read_plan_settings(plan)
    language = atlas_language(language or user_language())
    texts = Texts(language)
    front_info = front_matter(plan_settings, organisation=organisation, author=author, version=version,
                              status=status, sources=sources)
    output = Path(output_dir).resolve()
    report = _Reporter(progress, is_cancelled)

    report.step(0, texts["indicators"])
    temporaries: dict[Path, Path] = {}  # temporary -> final
    keep_alive = []  # legend roots: the layouts' legend models point to them until the project is cleared
    project = QgsProject()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="masterplan-atlas") as pool:
        # The plan's figures (shapely, which releases the GIL) are computed while QGIS loads the layers
        # and the templates (0.67 s -> 0.43 s of setup on the 10k-zone benchmark plan). Every pyproj call
        # of the export is in there, a thread Python starts (python_thread: pyproj 3.7 and QGIS's pooled
        # threads); the layouts are rendered in the caller's thread — in a Python-started one, QGIS writes
        # blank pages, so tasks and Processing call export_atlas directly.
        pending = pool.submit(_atlas_data, plan, communes, language, legend)
        try:
            styled = _atlas_project(project, plan, plan_settings["crs"], texts, front_info)
            sheet_layout = load_layout(project, "sheets", page_format, "masterplan_atlas_sheets")
            project.layoutManager().addLayout(sheet_layout)
            front = load_layout(project, "front", page_format, "masterplan_atlas_front") if combined else None
            data = pending.result()
            options = MapOptions(legend, frozenset(data.pairs), tuple(data.classes), tuple(data.borders_wkb),
                                 PAPER[page_format][0] / PAPER["A3"][0])
            layers = atlas_layers(plan, project, styled, texts, options)
        except BaseException:
            project.clear()
            raise
    indicators, register, sheets = data.indicators, data.register, data.sheets
    timings = {"setup": time.perf_counter() - started}
    try:
        report.check()
        try:
            output.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise InputError("The output folder cannot be created.", f"{output}: {error}") from error
        finals = [output / sheet.file_name for sheet in sheets]
        finals += [output / combined_file_name(plan.stem)] if combined else []
        _remove_stale_temporaries(finals)
        total_pages = len(PAGES) * len(sheets) * (2 if combined else 1) + (FRONT_PAGES if combined else 0)
        report.total = total_pages
        extent = _agglomeration_extent(layers.boundaries.extent())
        context = PageContext(plan.stem, date.today().isoformat(), plan_settings["crs"],
                              _register_note(register, texts))
        filler = SheetFiller(sheet_layout, layers, {sheet.code: sheet for sheet in sheets}, texts, context,
                             extent, data.presence, legend)
        titles = {sheet.code: pdf_title(plan.stem, texts, sheet) for sheet in sheets}
        sheet_layout.renderContext().setPredefinedScales(list(SCALES))
        settings = pdf_settings(dpi)

        commune_pdfs = _export_communes(sheet_layout, filler, settings, output, temporaries, report, titles)
        timings["communes"] = time.perf_counter() - started - timings["setup"]
        combined_pdf = None
        if combined:
            project.layoutManager().addLayout(front)
            tables = {"summary_table": summary_table(indicators, sheets, register, language)}
            tables.update(agglomeration_tables(indicators, language))

            def subtitle(front_pages: int) -> str:
                return f"{texts['atlas_subtitle']} — " + texts.format(
                    "atlas_scope", communes=len(sheets), countries=len({sheet.country for sheet in sheets}),
                    pages=front_pages + len(PAGES) * len(sheets))

            content = FrontContent(
                tables, findings_list_table(register, sheets, language),
                lambda front_pages: communes_table(sheets, language, front_pages),
                [code for code, _ in sorted_classes(indicators.totals.zoning_ha)], subtitle,
                document_lines(front_info, texts, context.date),
                sources_text(front_info, data.sources, texts))
            keep_alive.append(fill_front(front, layers, texts, context, extent, content))
            front_pages = front.pageCollection().pageCount()
            total_pages += front_pages - FRONT_PAGES
            report.total = total_pages
            combined_pdf = output / combined_file_name(plan.stem)
            set_pdf_metadata(project, pdf_title(plan.stem, texts), front_info)
            _export_combined(front, sheet_layout, filler, settings, combined_pdf, temporaries, report,
                             pdf_info(pdf_title(plan.stem, texts), front_info, texts))
            timings["combined"] = time.perf_counter() - started - sum(timings.values())
        _commit(temporaries)
    except BaseException:
        for temporary in temporaries:
            temporary.unlink(missing_ok=True)
        raise
    finally:
        project.clear()
    timings["total"] = time.perf_counter() - started
    report.step(100, "")
    LOG.info("Atlas of %s: %d pages in %.1f s", plan, total_pages, timings["total"])
    return AtlasResult(output, commune_pdfs, combined_pdf, total_pages, page_format, dpi, language, timings)


@dataclass
class _AtlasData:
    indicators: object  # core.indicators.PlanIndicators
    register: list
    sheets: list
    presence: dict = field(default_factory=dict)  # commune code -> atlas_legend.LegendPresence
    pairs: set = field(default_factory=set)  # (standard, national code) of the plan's zones
    classes: list = field(default_factory=list)  # HILUCS classes of the plan's zones
    borders_wkb: list = field(default_factory=list)  # national border stretches
    sources: list = field(default_factory=list)  # the zoning's source documents, one line each


def _atlas_data(plan: Path, communes: list[str] | None, language: str, legend: str = "hilucs") -> _AtlasData:
    """The figures and findings the pages print: core indicators, the register, one sheet per commune,
    and what the maps and legends need (national codes, classes, borders, legend entries)."""
    snapshot = load_snapshot(plan)
    indicators = compute_indicators(snapshot)
    register = read_register(plan)
    selected = _selection(communes, [item.code for item in indicators.communes])
    sheets = commune_sheets(snapshot, indicators, register, language, selected)
    presence = legend_presence(snapshot, selected, national=legend == "national")
    for item in indicators.communes:
        if item.code in presence:
            presence[item.code].hierarchies = hierarchies_in_order(item.axes_km_by_hierarchy)
    zoning = snapshot.layer(ZONING)
    classes = sorted({code for code in zoning.column("hilucs_code") if code}) if len(zoning) else []
    return _AtlasData(indicators, register, sheets, presence, national_pairs(snapshot), classes,
                      _border_stretches(snapshot), zoning_sources(snapshot, language))


def _border_stretches(snapshot) -> list[bytes]:
    communes = snapshot.layer(COMMUNES)
    if not len(communes):
        return []
    usable = communes.usable
    stretches = national_borders(communes.geometries[usable], communes.column("country")[usable])
    # An explicit output dimension: the default ("auto") needs a newer GEOS than QGIS 3.22 loads first.
    return [shapely.to_wkb(stretch.geometry, output_dimension=2) for stretch in stretches]


def _atlas_project(project: QgsProject, plan: Path, crs: str, texts: Texts, front: FrontMatter):
    """The export's own project with the plan's styled layers; its metadata names the atlas."""
    project.setCrs(QgsCoordinateReferenceSystem(crs))
    set_pdf_metadata(project, pdf_title(plan.stem, texts), front)
    return add_plan_to_project(plan, project)


def pdf_title(plan_name: str, texts: Texts, sheet=None) -> str:
    """'demo_plan · Audun-le-Tiche (57038) — Master plan atlas'; the combined PDF: 'demo_plan — …'."""
    if sheet is None:
        return f"{plan_name} — {texts['atlas_title']}"
    return f"{plan_name} · {sheet.name} ({sheet.code}) — {texts['atlas_title']}"


def set_pdf_metadata(project: QgsProject, title: str, front: FrontMatter) -> None:
    """What QGIS writes into a layout's PDF (Title, Author) when ``exportMetadata`` is on."""
    metadata = project.metadata()
    metadata.setTitle(title)
    metadata.setAuthor(front.author or front.organisation)
    project.setMetadata(metadata)


def pdf_info(title: str, front: FrontMatter, texts: Texts) -> dict[str, str]:
    """The combined PDF's document information (GDAL's PDF metadata items)."""
    subject = " · ".join(filter(None, [texts["atlas_subtitle"], front.organisation, front.version,
                                       front.status_label(texts)]))
    return {"TITLE": title, "AUTHOR": front.author or front.organisation, "SUBJECT": subject,
            "CREATOR": texts["made_with"]}


def write_pdf_info(path: Path, info: dict[str, str]) -> bool:
    """Set a finished PDF's document information (QGIS's multi-layout export writes none): GDAL's PDF
    driver appends it as an incremental update. False (logged) where GDAL cannot read PDFs."""
    from osgeo import gdal

    gdal.PushErrorHandler("CPLQuietErrorHandler")  # this thread's GDAL messages: the result says enough
    try:
        try:  # GDAL's Python exceptions may be on (QGIS 3.40): then a failure raises
            dataset = gdal.Open(str(path), gdal.GA_Update)
            written = dataset is not None and all(
                dataset.SetMetadataItem(key, value or "") == gdal.CE_None for key, value in info.items())
            dataset = None  # closing writes the update
        except RuntimeError:
            written = False
    finally:
        gdal.PopErrorHandler()
    if not written:
        LOG.warning("The PDF's title could not be written into %s (GDAL cannot update this PDF)", path.name)
    return written


def pdf_settings(dpi: int) -> QgsLayoutExporter.PdfExportSettings:
    """Vector PDF with real text (searchable, and what ``pdftotext`` reads); raster layers at ``dpi``."""
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = False
    settings.appendGeoreference = False
    settings.exportMetadata = True
    settings.textRenderFormat = _always_text()
    settings.predefinedMapScales = list(SCALES)
    return settings


def _always_text():
    text_format = getattr(Qgis, "TextRenderFormat", None)
    if text_format is not None and hasattr(text_format, "AlwaysText"):  # QGIS >= 3.28 (and 4)
        return text_format.AlwaysText
    return QgsRenderContext.TextRenderFormat.TextFormatAlwaysText  # QGIS 3.22


def _check_options(page_format: str, dpi: int) -> tuple[str, int]:
    page_format = str(page_format).upper()
    if page_format not in PAPER:
        raise InputError("The atlas page format must be A3 or A4.", str(page_format))
    try:
        dpi = int(dpi)
    except (TypeError, ValueError) as error:
        raise InputError("The resolution must be a whole number of dots per inch.", str(dpi)) from error
    if not DPI_RANGE[0] <= dpi <= DPI_RANGE[1]:
        raise InputError("The resolution must be between {low} and {high} dpi.", str(dpi),
                         low=DPI_RANGE[0], high=DPI_RANGE[1])
    return page_format, dpi


def _selection(requested: list[str] | None, known: list[str]) -> list[str]:
    if not known:
        raise InputError("The plan has no municipality: there is nothing to put in an atlas.")
    if requested is None:
        return list(known)
    requested = list(dict.fromkeys(str(code) for code in requested))
    unknown = [code for code in requested if code not in known]
    if unknown:
        raise InputError("These municipalities are not in the plan.", ", ".join(unknown))
    if not requested:
        raise InputError("Choose at least one municipality for the atlas.")
    return requested


def _register_note(register, texts: Texts) -> str:
    seen = [entry.last_seen for entry in register if entry.last_seen]
    if not seen:
        return texts["register_empty"]
    return texts.format("register_date", date=max(seen)[:10])


def _agglomeration_extent(extent: QgsRectangle) -> QgsRectangle:
    grown = QgsRectangle(extent)
    grown.grow(0.04 * max(extent.width(), extent.height()))
    return grown


# --- exporting ----------------------------------------------------------------------------------------------

class _Reporter:
    """Progress in pages written, and the cancel check, for the caller's two callbacks."""

    def __init__(self, progress: Progress | None, is_cancelled: Callable[[], bool] | None):
        self._progress, self._is_cancelled = progress, is_cancelled
        self.total, self.done = 1, 0

    def cancelled(self) -> bool:
        return bool(self._is_cancelled and self._is_cancelled())

    def check(self) -> None:
        if self.cancelled():
            raise Cancelled()

    def step(self, percent: float, text: str) -> None:
        if self._progress:
            self._progress(percent, text)

    def pages(self, count: int, text: str) -> None:
        self.done += count
        self.step(5 + 95 * self.done / max(self.total, 1), text)


def _temporary(final: Path) -> Path:
    return final.with_name(f".{final.name}.{uuid.uuid4().hex[:8]}.part")


def _remove_stale_temporaries(finals: list[Path], max_age_s: float = STALE_AFTER_S) -> None:
    """Temporaries left by an export that was killed (not cancelled: that cleans up) are removed once they
    are old enough not to belong to an export still running."""
    now = time.time()
    for final in finals:
        for stale in final.parent.glob(f".{glob.escape(final.name)}.*.part"):
            try:
                if now - stale.stat().st_mtime > max_age_s:
                    stale.unlink()
            except OSError:
                LOG.debug("Could not remove %s", stale)


def _export_communes(layout, filler: SheetFiller, settings, output: Path, temporaries: dict[Path, Path],
                     report: _Reporter, titles: dict[str, str] | None = None) -> dict[str, Path]:
    atlas = layout.atlas()
    if not atlas.beginRender():
        raise PlanError("The atlas cannot iterate over the municipalities.", "QgsLayoutAtlas.beginRender")
    pdfs: dict[str, Path] = {}
    try:
        for index in range(atlas.count()):
            report.check()
            if not atlas.seekTo(index):
                raise PlanError("The atlas cannot move to a municipality.", f"feature {index}")
            _raise_fill_error(filler)
            sheet = filler.sheets[filler.filled[-1]]
            final = output / sheet.file_name
            temporary = _temporary(final)
            temporaries[temporary] = final
            if titles:
                metadata = layout.project().metadata()
                metadata.setTitle(titles[sheet.code])
                layout.project().setMetadata(metadata)
            result = QgsLayoutExporter(layout).exportToPdf(str(temporary), settings)
            _check_result(result, final)
            pdfs[sheet.code] = final
            report.pages(len(PAGES), f"{sheet.code} {sheet.name}")
    finally:
        atlas.endRender()
    return pdfs


class _FrontThenSheets(QgsAbstractLayoutIterator):
    """The combined PDF: the front layout once, then the sheet layout for each atlas feature."""

    def __init__(self, front, sheets):
        super().__init__()
        self._front, self._sheets, self._current, self._started = front, sheets, None, False

    def count(self) -> int:
        return 1 + self._sheets.atlas().count()

    def beginRender(self) -> bool:
        self._started = False
        return self._sheets.atlas().beginRender()

    def endRender(self) -> bool:
        return self._sheets.atlas().endRender()

    def next(self) -> bool:
        if not self._started:
            self._started, self._current = True, self._front
            return True
        self._current = self._sheets
        return self._sheets.atlas().next()

    def layout(self):
        return self._current

    def filePath(self, base_file_path: str, extension: str) -> str:
        return base_file_path


def _export_combined(front, sheets, filler: SheetFiller, settings, final: Path,
                     temporaries: dict[Path, Path], report: _Reporter,
                     info: dict[str, str] | None = None) -> None:
    feedback = QgsFeedback()
    atlas = sheets.atlas()
    report.check()
    report.pages(front.pageCollection().pageCount(), final.name)
    written = []

    def on_feature(feature) -> None:
        # Called when the exporter moves to the next municipality, after the previous one was rendered.
        # A slot must not raise (PyQt would abort the application): problems stop the export instead.
        try:
            code = feature_code(feature)
            if code is None:
                return
            if written:
                report.pages(len(PAGES), f"{final.name}: {written[-1]}")
            written.append(code)
            if report.cancelled() or filler.error is not None:
                feedback.cancel()
        except Exception as error:  # noqa: BLE001 - re-raised below
            filler.error = error
            feedback.cancel()

    atlas.featureChanged.connect(on_feature)
    temporary = _temporary(final)
    temporaries[temporary] = final
    iterator = _FrontThenSheets(front, sheets)
    try:
        result, error = QgsLayoutExporter.exportToPdf(iterator, str(temporary), settings, feedback)
    finally:
        atlas.featureChanged.disconnect(on_feature)
    _raise_fill_error(filler)
    if feedback.isCanceled() or result == QgsLayoutExporter.ExportResult.Canceled:
        raise Cancelled()
    _check_result(result, final, error)
    if info:
        write_pdf_info(temporary, info)
    report.pages(len(PAGES), final.name)


def _raise_fill_error(filler: SheetFiller) -> None:
    if filler.error is not None:
        error, filler.error = filler.error, None
        if isinstance(error, PlanError):
            raise error
        raise PlanError("The atlas pages could not be filled.", f"{type(error).__name__}: {error}") from error


_RESULTS = {  # QgsLayoutExporter.ExportResult names -> what the user is told
    "FileError": error_message(
        "The PDF file cannot be written (folder not writable, disk full, or file open elsewhere)."
    ),
    "MemoryError": error_message("Not enough memory to render the page."),
    "PrintError": error_message("The PDF could not be started."),
    "IteratorError": error_message("The atlas could not iterate over the municipalities."),
    "SvgLayerError": error_message("A layer could not be rendered."),
    "Canceled": error_message("The PDF export was cancelled."),
}


def _check_result(result, final: Path, error: str = "") -> None:
    results = QgsLayoutExporter.ExportResult
    if result == results.Success:
        return
    name = next((key for key in _RESULTS if getattr(results, key, None) == result), str(result))
    message = _RESULTS.get(name, error_message("The PDF export failed."))
    raise PlanError(message, f"{final}: {name} {error}".strip())


def _commit(temporaries: dict[Path, Path]) -> None:
    """Move every finished temporary over its final name; nothing is replaced before all are done."""
    missing = [str(path) for path in temporaries if not path.is_file() or path.stat().st_size == 0]
    if missing:
        raise PlanError("The PDF export produced no file.", ", ".join(missing))
    for temporary, final in temporaries.items():
        os.replace(temporary, final)
    temporaries.clear()


def describe(result: AtlasResult, language: str = "en") -> str:
    """A few lines for the command line and the log: where the atlas is."""
    lines = [f"Atlas ({result.page_format}, {result.dpi} dpi, {result.pages} pages) in {result.output_dir}"]
    if result.combined_pdf:
        lines.append(f"  combined: {result.combined_pdf.name}")
    lines += [f"  {code}: {path.name}" for code, path in result.commune_pdfs.items()]
    lines.append(f"  {format_number(result.timings.get('total', 0.0), 1, language)} s")
    return "\n".join(lines)
