"""A line chart of one measure over time, one line per claimant, drawn on the server as SVG.

No charting library and no script: the page shows the chart without JavaScript. Every label
is escaped here, since the SVG goes into the page as markup.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from markupsafe import Markup

WIDTH, HEIGHT = 760, 260
LEFT, RIGHT, TOP, BOTTOM = 56, 150, 14, 30
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf")


def _nice_max(value: int) -> int:
    """A round number at or above ``value`` for the top of the axis."""
    if value <= 0:
        return 1
    step = 10 ** (len(str(value)) - 1)
    return ((value + step - 1) // step) * step


def svg(series: dict[str, list[tuple[dt.date, int]]], measure: str) -> Markup:
    """The chart; an empty string when there is nothing to draw."""
    points = [p for pts in series.values() for p in pts]
    if not points:
        return Markup("")
    first = min(d for d, _ in points)
    last = max(d for d, _ in points)
    span_days = max((last - first).days, 1)
    top = _nice_max(max(v for _, v in points))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(day: dt.date) -> float:
        if first == last:
            return LEFT + plot_w / 2
        return LEFT + plot_w * (day - first).days / span_days

    def y(value: int) -> float:
        return TOP + plot_h * (1 - value / top)

    title = escape(f"{measure.replace('_', ' ')} over time, by claimant")
    out = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{title}" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{title}</title>',
        f'<line x1="{LEFT}" y1="{TOP + plot_h}" x2="{LEFT + plot_w}" y2="{TOP + plot_h}" '
        'class="axis"/>',
        f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{TOP + plot_h}" class="axis"/>',
    ]
    for frac in (0, 0.5, 1):
        value = round(top * frac)
        out.append(
            f'<text x="{LEFT - 6}" y="{y(value) + 4:.1f}" text-anchor="end" class="tick">'
            f"{value:,}</text>"
        )
    for day, anchor in ((first, "start"), (last, "end")):
        out.append(
            f'<text x="{x(day):.1f}" y="{HEIGHT - 8}" text-anchor="{anchor}" class="tick">'
            f"{day.isoformat()}</text>"
        )
    for i, (claimant, pts) in enumerate(series.items()):
        colour = PALETTE[i % len(PALETTE)]
        name = escape(claimant)
        coords = " ".join(f"{x(d):.1f},{y(v):.1f}" for d, v in pts)
        if len(pts) > 1:
            out.append(f'<polyline points="{coords}" fill="none" stroke="{colour}" '
                       'stroke-width="1.5"/>')
        for d, v in pts:
            out.append(
                f'<circle cx="{x(d):.1f}" cy="{y(v):.1f}" r="3.5" fill="{colour}">'
                f"<title>{name}: {v:,} on {d.isoformat()}</title></circle>"
            )
        ly = TOP + 14 + i * 18
        out.append(f'<rect x="{WIDTH - RIGHT + 12}" y="{ly - 9}" width="10" height="10" '
                   f'fill="{colour}"/>')
        out.append(f'<text x="{WIDTH - RIGHT + 28}" y="{ly}" class="legend">{name}</text>')
    out.append("</svg>")
    return Markup("".join(out))
