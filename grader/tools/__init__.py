"""Maintainer tools (the notebook cleaner)."""
