"""Source overlap: sentences aligned across articles, pair and outlet scores, and the heatmap."""
