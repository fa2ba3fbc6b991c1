"""Trainer workflow over nbgrader's own API: cohort workspaces outside the repository."""
