"""Synthetic raw extract generator (`cte-credentials generate`)."""
