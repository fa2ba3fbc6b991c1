"""Helpers shared by tests: plain answer keys, nbgrader runs, submissions, live hub set-up."""
