"""Thin adapters between QGIS (layers, projects, tasks) and the pure core."""
