/// The teaching page's styles: a calm two-column layout that folds to one column on small screens.
enum PageStyle {
  static let text = #"""
    :root {
      --ink: #1f2933; --muted: #5f6b7a; --line: #d9e0e8; --paper: #f5f7fa; --card: #ffffff;
      --accent: #0f766e; --accent-soft: #ccebe7; --theory: #b45309; --guess: #6d28d9; --warn: #b91c1c;
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
      color: var(--ink); background: var(--paper);
    }
    * { box-sizing: border-box; }
    body { margin: 0; line-height: 1.4; }
    .top { padding: 18px 28px 10px; background: linear-gradient(120deg, #0f766e, #155e75); color: #fff; }
    .brand { font-weight: 700; letter-spacing: .04em; opacity: .9; }
    .brand span { font-weight: 400; opacity: .8; }
    .top h1 { margin: 4px 0 2px; font-size: 1.6rem; }
    .lede { margin: 0; max-width: 60rem; opacity: .92; }
    .layout { display: grid; grid-template-columns: 310px 1fr; gap: 18px; padding: 18px 28px; }
    @media (max-width: 900px) { .layout { grid-template-columns: 1fr; } }
    .panel { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px; }
    .controls { align-self: start; position: sticky; top: 12px; }
    .field-label, .field label { display: block; font-weight: 600; font-size: .92rem; margin-top: 10px; }
    select, input[type=number] {
      font: inherit; padding: 5px 7px; border: 1px solid var(--line); border-radius: 6px; background: #fff;
    }
    select { width: 100%; margin-top: 4px; }
    .field { display: grid; grid-template-columns: 1fr 86px; gap: 4px 10px; align-items: center; }
    .field label { grid-column: 1 / span 2; }
    .field input[type=number] { width: 86px; }
    input[type=range] { width: 100%; accent-color: var(--accent); }
    .row { display: flex; gap: 12px; margin-top: 10px; }
    .row label { font-weight: 600; font-size: .92rem; }
    .row input { width: 64px; display: block; margin-top: 3px; }
    .check { display: block; margin-top: 12px; font-weight: 600; font-size: .92rem; }
    .hint { color: var(--muted); font-size: .84rem; font-weight: 400; margin: 4px 0 0; }
    .predict { margin: 14px 0 0; border: 1px dashed #c4b5fd; border-radius: 8px; padding: 4px 10px 10px; }
    .predict legend { padding: 0 4px; font-weight: 700; color: var(--guess); }
    .predict .check { margin: 0 0 4px; font-weight: 400; font-size: .88rem; }
    .predict label[for=guess] { display: block; font-size: .88rem; margin: 4px 0 3px; }
    .predict input[type=number] { width: 100%; }
    button#run {
      margin-top: 14px; width: 100%; padding: 10px; font: inherit; font-weight: 700; color: #fff;
      background: var(--accent); border: 0; border-radius: 8px; cursor: pointer;
    }
    button#run:hover { background: #115e59; }
    button#run:disabled { background: #94a3b8; cursor: wait; }
    .status { min-height: 1.3em; font-size: .88rem; color: var(--muted); }
    .status.error { color: var(--warn); font-weight: 600; }
    .cards { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 12px; }
    @media (max-width: 1100px) { .cards { grid-template-columns: repeat(2, minmax(0, 1fr)); } }
    .card { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 10px 14px; }
    .card h2 { font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); margin: 0; }
    .card .big { font-size: 1.9rem; font-weight: 700; margin: 2px 0; }
    .card .big small { font-size: .9rem; font-weight: 400; color: var(--muted); }
    .card.lead { border-color: var(--accent); box-shadow: inset 4px 0 0 var(--accent); }
    .card.lead .big { color: var(--accent); }
    .guess-card { border-color: #c4b5fd; }
    .guess-card .big { color: var(--guess); }
    .ci { font-size: .84rem; color: var(--muted); }
    .theory { margin-top: 12px; border-left: 4px solid var(--theory); }
    .theory h2 { font-size: 1rem; margin: 0 0 4px; color: var(--theory); }
    .theory-line { margin: 0; font-size: 1.02rem; }
    .theory-line b { color: var(--theory); }
    .charts { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; margin-top: 12px; }
    .chart { margin: 0; }
    .chart.wide { grid-column: 1 / span 2; }
    .chart figcaption { font-weight: 600; margin-bottom: 4px; }
    svg { width: 100%; height: auto; display: block; font-size: 11px; }
    svg .axis line, svg .axis path { stroke: #9aa5b1; }
    svg .grid line { stroke: #edf1f5; }
    svg text { fill: #52606d; }
    svg .band { fill: var(--accent-soft); }
    svg .line { fill: none; stroke: var(--accent); stroke-width: 2; }
    svg .theory-line { stroke: var(--theory); stroke-width: 1.5; stroke-dasharray: 5 4; fill: none; }
    svg .warmup { fill: #f1f5f9; }
    svg .bar { fill: var(--accent); opacity: .85; }
    svg .whisker { stroke: #134e4a; stroke-width: 1.2; }
    svg .theory-dot { fill: #fff; stroke: var(--theory); stroke-width: 2; }
    svg .sim-dot { fill: var(--accent); stroke: #fff; stroke-width: 1.5; }
    svg .past-dot { fill: #94a3b8; }
    svg .guess-line { stroke: var(--guess); stroke-width: 1.5; stroke-dasharray: 3 3; }
    svg .label-theory { fill: var(--theory); paint-order: stroke; stroke: #fff; stroke-width: 3px; }
    svg .label-guess { fill: var(--guess); }
    svg .empty { fill: #9aa5b1; font-size: 13px; }
    .more { margin-top: 12px; }
    .more summary { cursor: pointer; font-weight: 600; }
    table { border-collapse: collapse; width: 100%; margin-top: 8px; font-size: .9rem; }
    th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); }
    td.num { font-variant-numeric: tabular-nums; }
    footer { padding: 4px 28px 20px; color: var(--muted); font-size: .82rem; }
    """#
}
