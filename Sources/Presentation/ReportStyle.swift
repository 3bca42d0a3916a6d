/// The report's one inline style sheet: system fonts, dark text on white (every text colour at
/// least 6:1 against its background, WCAG AA being 4.5:1), the chart classes `SVGCanvas` and the
/// charts draw with, and print rules for A4 board papers. Data colours are in `Palette`. A table
/// wider than the page scrolls sideways inside its `table-wrap` on screen and wraps its cells in
/// print.
public enum ReportStyle {
  /// The style sheet (no external fonts or images).
  public static let css = """
    :root { color-scheme: light; }
    * { box-sizing: border-box; }
    html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    body { margin: 0 auto; max-width: 980px; padding: 0 28px 40px; color: #212b32; background: #ffffff;
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif;
      font-size: 15px; line-height: 1.45; }
    header.title-block { border-top: 10px solid #003087; padding: 18px 0 10px; margin-bottom: 8px; }
    .kicker { margin: 0; font-size: 13px; font-weight: 600; letter-spacing: 0.06em; text-transform: uppercase; color: #005EB8; }
    h1 { margin: 4px 0 12px; font-size: 30px; line-height: 1.2; color: #003087; }
    h2 { margin: 34px 0 10px; padding-bottom: 4px; font-size: 21px; color: #003087; border-bottom: 2px solid #d8dde0; }
    h3 { margin: 20px 0 6px; font-size: 16px; color: #212b32; }
    p { margin: 6px 0 10px; }
    .meta { display: grid; grid-template-columns: repeat(4, 1fr); gap: 6px 18px; margin: 0; padding: 12px 14px;
      background: #f0f4f5; border-radius: 4px; }
    .meta div { min-width: 0; }
    .meta dt { font-size: 12px; color: #425563; }
    .meta dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
    nav.contents { margin: 14px 0 0; font-size: 13px; color: #425563; }
    nav.contents ol { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 4px 0 0; padding: 0; list-style: none; }
    a { color: #004B93; }
    .headline-box { border: 2px solid #005EB8; border-radius: 6px; padding: 14px 16px 6px; background: #ffffff; }
    .in-brief { margin: 0 0 12px; }
    .cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; margin: 0 0 10px; }
    .card { border-left: 5px solid #005EB8; background: #f0f4f5; padding: 8px 10px; }
    .card .label { display: block; font-size: 12.5px; color: #425563; font-weight: 600; }
    .card .value { display: block; font-size: 23px; font-weight: 700; color: #003087; line-height: 1.25; }
    .card .ci { display: block; font-size: 12px; color: #425563; }
    .card .note { display: block; font-size: 12px; color: #212b32; margin-top: 2px; }
    .card.alert { border-left-color: #DA291C; }
    .card.good { border-left-color: #007F3B; }
    figure { margin: 12px 0 16px; break-inside: avoid; page-break-inside: avoid; }
    .figure-title { margin: 0 0 4px; font-size: 14px; font-weight: 700; color: #212b32; }
    figcaption { font-size: 13px; color: #425563; margin-top: 4px; }
    .small-multiples { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 4px 22px; }
    .small-multiples figure { margin: 8px 0; }
    .pair { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 4px 22px; }
    svg.chart { display: block; max-width: 100%; height: auto; overflow: visible; }
    svg.chart text { font-family: inherit; fill: #212b32; }
    svg.chart .label { font-size: 12.5px; }
    svg.chart .tick { font-size: 11px; fill: #425563; }
    svg.chart .legend { font-size: 12px; }
    svg.chart .value { font-size: 12px; font-variant-numeric: tabular-nums; }
    svg.chart .note { font-size: 11px; fill: #425563; font-style: italic; }
    svg.chart .rowhead { font-size: 12.5px; font-weight: 700; fill: #003087; }
    svg.chart .grid { stroke: #d8dde0; stroke-width: 1; }
    svg.chart .axis { stroke: #425563; stroke-width: 1; }
    svg.chart .rowrule { stroke: #eef1f2; stroke-width: 1; }
    svg.chart .warmup { fill: #e8edee; }
    svg.chart .band { fill: #005EB8; fill-opacity: 0.2; stroke: none; }
    svg.chart .series { fill: none; stroke: #005EB8; stroke-width: 2; stroke-linejoin: round; }
    svg.chart .bar { fill: #005EB8; }
    svg.chart .stack { stroke: #ffffff; stroke-width: 0.6; }
    svg.chart .swatch { stroke: none; }
    svg.chart .whisker { stroke: #212b32; stroke-width: 1.5; }
    svg.chart .marker { stroke: #DA291C; stroke-width: 3; }
    svg.chart .target { stroke: #007F3B; stroke-width: 2.5; stroke-dasharray: 7 4; }
    svg.chart .reference { stroke: #425563; stroke-width: 1.5; stroke-dasharray: 4 3; }
    svg.chart .node { fill: #f0f4f5; stroke: #005EB8; stroke-width: 1.5; }
    svg.chart .node-title { font-size: 11.5px; font-weight: 700; fill: #003087; }
    svg.chart .flow { stroke: #425563; stroke-width: 2; }
    svg.chart .arrowhead { fill: #425563; stroke: none; }
    svg.chart .dot { fill: #003087; stroke: #003087; stroke-width: 1.5; }
    svg.chart .dot.open { fill: #ffffff; }
    .table-wrap { max-width: 100%; overflow-x: auto; margin: 8px 0 16px; }
    table { border-collapse: collapse; width: 100%; margin: 0; font-size: 13px; font-variant-numeric: tabular-nums; }
    caption { text-align: left; font-weight: 600; padding-bottom: 4px; color: #212b32; }
    th, td { padding: 4px 8px; border-bottom: 1px solid #d8dde0; text-align: left; vertical-align: top; }
    thead th { border-bottom: 2px solid #425563; background: #f0f4f5; }
    tbody tr:nth-child(even) { background: #f8fafa; }
    .num { text-align: right; white-space: nowrap; }
    tbody th { min-width: 11em; font-weight: 600; }
    .ci-line { display: block; font-size: 11.5px; color: #425563; white-space: normal; }
    table.checklist th:first-child { width: 4.5em; min-width: 0; }
    table.checklist th:nth-child(2) { width: 13em; }
    .note-text { font-size: 13px; color: #425563; }
    footer { margin-top: 36px; padding-top: 10px; border-top: 2px solid #d8dde0; font-size: 12.5px; color: #425563; }
    @media (max-width: 760px) { .cards, .meta { grid-template-columns: repeat(2, 1fr); }
      .small-multiples, .pair { grid-template-columns: 1fr; } }
    @media print {
      @page { size: A4; margin: 14mm 12mm; }
      body { max-width: none; padding: 0; font-size: 10pt; }
      nav.contents { display: none; }
      h2 { break-after: avoid; page-break-after: avoid; }
      h3 { break-after: avoid; page-break-after: avoid; }
      .headline-box, table, .card { break-inside: avoid; page-break-inside: avoid; }
      .table-wrap { overflow: visible; }
      table { font-size: 8pt; }
      th, td { padding: 3px 4px; }
      .num { white-space: normal; }
      .ci-line { font-size: 7.5pt; }
      tbody th { min-width: 0; }
      a { color: #212b32; text-decoration: none; }
      .cards, .meta { grid-template-columns: repeat(4, 1fr); }
      .small-multiples, .pair { grid-template-columns: repeat(2, minmax(0, 1fr)); }
      .card .value { font-size: 18px; }
    }
    """
}
