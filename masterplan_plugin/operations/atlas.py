"""Export the atlas: one PDF per municipality and a combined PDF."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .base import Message

COVER_FIELDS = ("organisation", "author", "version", "status", "sources")


@dataclass(frozen=True)
class AtlasRequest(Message):
    plan: Path
    output: Path  # folder for the PDFs
    communes: tuple[str, ...] | None = None  # municipality codes (default: all)
    page_format: str = "A3"  # landscape A3 or A4
    dpi: int = 150
    combined: bool = True
    language: str | None = None  # of the pages (default: QGIS's interface language)
    legend: str = "hilucs"  # hilucs or national
    organisation: str | None = None  # cover texts (default: the plan's settings)
    author: str | None = None
    version: str | None = None
    status: str | None = None
    sources: str | None = None


@dataclass
class AtlasResult(Message):
    output_dir: str
    commune_pdfs: dict  # municipality code -> its PDF
    combined_pdf: str | None
    pages: int
    paths: list[str]
    description: str  # the command line's lines
    timings: dict = field(default_factory=dict)

    def summary_lines(self, language: str = "en") -> list[str]:
        return [self.description]


def run(request: AtlasRequest, progress, is_cancelled) -> AtlasResult:
    from ..qgis_adapters.atlas import describe, export_atlas

    result = export_atlas(
        request.plan, request.output, communes=list(request.communes) if request.communes else None,
        page_format=request.page_format, dpi=request.dpi, combined=request.combined,
        language=request.language, legend=request.legend, progress=progress, is_cancelled=is_cancelled,
        **{name: getattr(request, name) for name in COVER_FIELDS},
    )
    pdfs = {code: str(path) for code, path in result.commune_pdfs.items()}
    return AtlasResult(str(result.output_dir), pdfs,
                       str(result.combined_pdf) if result.combined_pdf else None, result.pages,
                       [str(path) for path in result.paths], describe(result), result.timings)
