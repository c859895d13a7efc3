"""Atlas content without QGIS: the pages' texts, tables and legends, computed from the plan snapshot."""
