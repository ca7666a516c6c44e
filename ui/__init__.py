"""Streamlit-side helpers shared by the pages: corpus location, caching, the sidebar filters, uploads.

This is the UI edge: the only place (with ``app.py`` and ``pages/``) that imports streamlit or caches.
"""
