"""Curated data shipped with kg (see README.md in this folder)."""
