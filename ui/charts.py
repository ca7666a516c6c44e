"""Drawing a ChartResult on a page, with its export controls underneath."""

from __future__ import annotations

from typing import Any

import streamlit as st

from analysis.charts import ChartResult


def show_chart(result: ChartResult, key: str, on_select: str = "ignore", **kwargs: Any) -> Any:
    """Draw ``result.figure`` full width; the modebar camera saves a PNG named after the chart.

    Returns the plotly selection state when ``on_select="rerun"``. Download controls (image formats and
    the CSV of ``result.data``) are drawn underneath.
    """
    config = {
        "displaylogo": False,
        "toImageButtonOptions": {"format": "png", "filename": f"storytrace-{result.slug}", "scale": 2},
    }
    event = st.plotly_chart(result.figure, width="stretch", key=key, on_select=on_select, config=config, **kwargs)
    if result.caption:
        st.caption(result.caption)
    st.download_button(
        "Data behind this chart (CSV)",
        result.data.to_csv(index=False).encode("utf-8"),
        file_name=f"storytrace-{result.slug}.csv",
        mime="text/csv",
        key=f"{key}-csv",
        icon=":material/download:",
    )
    return event
