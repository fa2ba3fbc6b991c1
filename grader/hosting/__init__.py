"""JupyterHub and Zero to JupyterHub set-ups for cohorts (hub configuration written from a roster)."""
