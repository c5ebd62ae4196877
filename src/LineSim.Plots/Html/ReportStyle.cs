namespace LineSim.Plots.Html;

/// <summary>The report's style sheet, inline so that the page needs nothing else; prints on A4.</summary>
internal static class ReportStyle
{
    public const string Css = """
        :root { color-scheme: light; }
        body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: #212121; margin: 0 auto; max-width: 1000px; padding: 24px; line-height: 1.45; }
        h1 { font-size: 1.6em; margin: 0 0 4px; }
        h2 { font-size: 1.25em; border-bottom: 2px solid #cfd8dc; padding-bottom: 4px; margin-top: 2em; }
        nav ol { display: flex; flex-wrap: wrap; gap: 4px 18px; list-style: none; padding: 0; margin: 8px 0 0; }
        nav a { color: #1565c0; text-decoration: none; }
        .note { color: #546e7a; font-size: 0.92em; }
        code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 0.9em; background: #eceff1; padding: 1px 4px; border-radius: 3px; }
        dl.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 12px; margin: 16px 0; }
        dl.figures div { border: 1px solid #cfd8dc; border-radius: 6px; padding: 10px 14px; break-inside: avoid; }
        dl.figures dt { font-size: 0.85em; color: #546e7a; text-transform: uppercase; letter-spacing: 0.03em; }
        dl.figures dd { margin: 0; font-size: 0.9em; color: #546e7a; }
        dl.figures dd.value { font-size: 1.6em; font-weight: 600; color: #212121; }
        figure { margin: 20px 0; break-inside: avoid; }
        figure svg { max-width: 100%; height: auto; display: block; }
        figcaption { font-size: 0.9em; color: #546e7a; margin-top: 4px; }
        .diagram { overflow-x: auto; }
        .diagram figure svg { max-width: none; }
        .diagram .station rect { fill: #e3f2fd; stroke: #1565c0; stroke-width: 1.2; }
        .diagram .supply rect { fill: #fff8e1; stroke: #f9a825; stroke-width: 1.2; }
        .diagram .exit rect { fill: #e8f5e9; stroke: #2e7d32; stroke-width: 1.2; }
        .diagram text { font-size: 11px; fill: #212121; }
        .diagram text .detail { font-size: 9.5px; fill: #546e7a; }
        .diagram text.edge { font-size: 10px; fill: #37474f; }
        .diagram rect.segment { fill: none; stroke: #8e24aa; stroke-dasharray: 5 3; }
        .table { overflow-x: auto; margin: 16px 0; }
        table { border-collapse: collapse; font-size: 0.9em; }
        caption { text-align: left; font-weight: 600; padding-bottom: 6px; }
        th, td { padding: 4px 10px; border-bottom: 1px solid #eceff1; text-align: left; vertical-align: top; }
        thead th { border-bottom: 2px solid #b0bec5; }
        tbody th { font-weight: normal; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        @page { size: A4; margin: 14mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; }
          nav { display: none; }
          h2 { break-after: avoid; }
          .diagram { overflow: visible; }
          .diagram figure svg { max-width: 100%; }
          .table { overflow: visible; }
          tr { break-inside: avoid; }
        }
        """;
}
