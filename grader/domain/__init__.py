"""Plain, typed models of the course's ideas. Nothing here imports Jupyter."""
