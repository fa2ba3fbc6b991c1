# JupyterLab for the course, for learners and trainers alike (see grader/learner/lab_mode.py).
# The course runs offline, so nothing here reaches out to the internet, and nothing asks
# about news or updates: JupyterLab's defaults come from the course's own settings folder.
from pathlib import Path

c = get_config()  # noqa: F821  (provided by Jupyter when it loads this file)

c.LabApp.news_url = None  # no announcements feed
c.LabApp.check_for_updates_class = "jupyterlab.handlers.announcements.NeverCheckForUpdate"
c.LabApp.extension_manager = "readonly"  # no extension search on PyPI
# settings/overrides.json: JupyterLab's defaults for the course (no news or update popups)
c.LabApp.app_settings_dir = str(Path(__file__).resolve().parent.parent / "settings")
