"""What users see: toolbar, menu, panels (docks) and dialogs. Wiring only; the work happens in core/ and
qgis_adapters/."""
