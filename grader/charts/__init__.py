"""Accessible matplotlib figures: every chart comes with alt text that says what it shows."""
