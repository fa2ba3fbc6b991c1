# JupyterLab settings for taking the course: `equity-course start` passes this file.
# The course runs offline, so nothing here reaches out to the internet.
c = get_config()  # noqa: F821  (provided by Jupyter when it loads this file)

c.LabApp.news_url = None  # no announcements feed
c.LabApp.check_for_updates_class = "jupyterlab.handlers.announcements.NeverCheckForUpdate"
c.LabApp.extension_manager = "readonly"  # no extension search on PyPI
c.ServerApp.ip = "127.0.0.1"  # only this computer can reach the server
