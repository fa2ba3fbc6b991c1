"""Helpers for the live hub test: system users, a Python every user can run, a running hub."""
