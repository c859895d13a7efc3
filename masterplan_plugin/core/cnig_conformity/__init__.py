"""CNIG conformity of a PLU / CC document folder before it goes to the Géoportail de l'urbanisme (GPU).

Pure core: the standard as data (``standard``), the folder as plain data (``inventory``), the rules
(``checks``). The GDAL adapter ``io.cnig_folder`` reads a folder into an inventory; the runner
``io.cnig_precheck`` adds the zone topology checks.
"""

from .checks import DocumentName, check_document, detect_version, make_context, table_kind
from .inventory import DocumentInventory, FieldDefinition, TableData

__all__ = [
    "DocumentInventory",
    "DocumentName",
    "FieldDefinition",
    "TableData",
    "check_document",
    "detect_version",
    "make_context",
    "table_kind",
]
