"use strict";
const SVGNS = "http://www.w3.org/2000/svg";
function el(tag, attrs, parent, text) {
  const node = document.createElementNS(SVGNS, tag);
  Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
  if (text !== undefined) node.textContent = text;
  if (parent) parent.append(node);
  return node;
}
function niceScale(top, n) {
  const raw = (top > 0 ? top : 1) / (n || 4), p = Math.pow(10, Math.floor(Math.log10(raw))), m = raw / p;
  const step = (m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10) * p;
  return { max: Math.ceil((top > 0 ? top : 1) / step - 1e-9) * step, step };
}
function ticks(max, step) {
  return Array.from({ length: Math.round(max / step) + 1 }, (_, i) => i * step);
}
function tickText(x) { return String(+x.toFixed(2)); }
function frame(svg, width, height, m, xMax, scale, xLabel, yLabel, xTickFormat, xTicks) {
  const yMax = scale.max;
  svg.innerHTML = "";
  const x = (v) => m.left + (v / xMax) * (width - m.left - m.right);
  const y = (v) => height - m.bottom - (v / yMax) * (height - m.top - m.bottom);
  const grid = el("g", { class: "grid" }, svg), axis = el("g", { class: "axis" }, svg);
  ticks(yMax, scale.step).forEach((v) => {
    el("line", { x1: m.left, x2: width - m.right, y1: y(v), y2: y(v) }, grid);
    el("text", { x: m.left - 6, y: y(v) + 4, "text-anchor": "end" }, axis, tickText(v));
  });
  (xTicks || ticks(xMax, xMax / 5)).forEach((v) => {
    el("line", { x1: x(v), x2: x(v), y1: height - m.bottom, y2: height - m.bottom + 4 }, axis);
    el("text", { x: x(v), y: height - m.bottom + 16, "text-anchor": "middle" }, axis,
      xTickFormat ? xTickFormat(v) : tickText(v));
  });
  el("line", { x1: m.left, x2: width - m.right, y1: height - m.bottom, y2: height - m.bottom }, axis);
  el("line", { x1: m.left, x2: m.left, y1: m.top, y2: height - m.bottom }, axis);
  el("text", { x: (m.left + width - m.right) / 2, y: height - 4, "text-anchor": "middle" }, svg, xLabel);
  el("text", { x: 12, y: (m.top + height - m.bottom) / 2, "text-anchor": "middle",
    transform: "rotate(-90 12 " + (m.top + height - m.bottom) / 2 + ")" }, svg, yLabel);
  return { x, y };
}
function path(points) {
  return points.map((p, i) => (i ? "L" : "M") + p[0].toFixed(1) + " " + p[1].toFixed(1)).join(" ");
}
function drawEmpty() {
  [["chart-list", 760], ["chart-waits", 380], ["chart-curve", 380]].forEach(([id, width]) => {
    const svg = $(id); svg.innerHTML = "";
    el("text", { x: width / 2, y: 130, "text-anchor": "middle", class: "empty" }, svg, "Run to draw this chart");
  });
}

function drawList(result) {
  const svg = $("chart-list"), band = result.waiting_list, W = 760, H = 260;
  const m = { left: 50, right: 16, top: 14, bottom: 36 };
  const days = band.week_start_days, last = days.length ? days[days.length - 1] + 7 : 7;
  const years = last / 365.25;
  const highs = band.ci_high.map((v, i) => (v === null ? band.mean[i] : v)).filter((v) => v !== null);
  const theoryList = result.theory && result.theory.stable ? result.theory.waiting_list_mean : null;
  const scale = niceScale(Math.max(1, ...highs, theoryList || 0) * 1.05), yMax = scale.max;
  const xTicks = Array.from({ length: Math.floor(years) + 1 }, (_, i) => i * 365.25);
  const { x, y } = frame(svg, W, H, m, last, scale, "years from the start", "people waiting",
    (v) => String(Math.round(v / 365.25)), xTicks);
  const warm = result.run.warmup_days;
  if (warm > 0) {
    const shade = el("rect", { x: x(0), y: m.top, width: x(warm) - x(0), height: H - m.top - m.bottom,
      class: "warmup" });
    svg.insertBefore(shade, svg.firstChild);
    el("text", { x: x(warm / 2), y: m.top + 12, "text-anchor": "middle" }, svg, "warm-up");
  }
  const upper = [], lower = [];
  days.forEach((d, i) => {
    const mid = d + 3.5, mean = band.mean[i];
    if (mean === null) return;
    upper.push([x(mid), y(Math.min(yMax, band.ci_high[i] === null ? mean : band.ci_high[i]))]);
    lower.push([x(mid), y(Math.max(0, band.ci_low[i] === null ? mean : band.ci_low[i]))]);
  });
  if (upper.length) el("path", { d: path(upper.concat(lower.reverse())) + " Z", class: "band" }, svg);
  const line = days.map((d, i) => [x(d + 3.5), y(band.mean[i] || 0)]);
  el("path", { d: path(line), class: "line" }, svg);
  if (theoryList !== null) {
    el("line", { x1: x(warm), x2: x(last), y1: y(theoryList), y2: y(theoryList), class: "theory-line" }, svg);
    el("text", { x: x(last) - 4, y: y(theoryList) - 5, "text-anchor": "end", class: "label-theory" }, svg,
      "Erlang C: " + fmt(theoryList) + " waiting on average");
  }
}

function drawWaits(result) {
  const svg = $("chart-waits"), bins = result.waits.bins, W = 380, H = 260;
  const m = { left: 44, right: 10, top: 14, bottom: 50 };
  $("waits-measure").textContent = "(" + result.waits.measure + ")";
  const top = Math.max(...bins.map((b) => Math.max(b.share.ci_high ?? b.share.mean ?? 0, b.theory ?? 0)));
  const scale = niceScale(Math.min(1, top * 1.05)), yMax = scale.max;
  const { y } = frame(svg, W, H, m, 1, scale, "", "share of people", () => "", []);
  const slot = (W - m.left - m.right) / bins.length;
  bins.forEach((b, i) => {
    const left = m.left + i * slot, mean = b.share.mean ?? 0;
    el("rect", { x: left + slot * 0.15, y: y(mean), width: slot * 0.7, height: y(0) - y(mean), class: "bar" }, svg);
    if (b.share.ci_low !== null && b.share.ci_low !== undefined) {
      const cx = left + slot / 2, lo = y(Math.max(0, b.share.ci_low)), hi = y(Math.min(yMax, b.share.ci_high));
      el("line", { x1: cx, x2: cx, y1: lo, y2: hi, class: "whisker" }, svg);
      el("line", { x1: cx - 4, x2: cx + 4, y1: hi, y2: hi, class: "whisker" }, svg);
    }
    if (b.theory !== null && b.theory !== undefined) {
      el("circle", { cx: left + slot / 2, cy: y(Math.min(yMax, b.theory)), r: 4, class: "theory-dot" }, svg);
    }
    const tx = left + slot / 2, ty = H - m.bottom + 10;
    el("text", { x: tx + 3, y: ty, "text-anchor": "end", transform: "rotate(-30 " + tx + " " + ty + ")" }, svg, b.label);
  });
  if (result.theory) {
    el("circle", { cx: W - 130, cy: m.top + 4, r: 4, class: "theory-dot" }, svg);
    el("text", { x: W - 122, y: m.top + 8, class: "label-theory" }, svg, "Erlang C theory");
  }
}

function drawCurve(result, guess) {
  const svg = $("chart-curve"), W = 380, H = 260, m = { left: 44, right: 22, top: 14, bottom: 36 };
  const t = result.theory, wait = metric(result, "wait_mean_days"), util = metric(result, "utilisation");
  const past = state.history.filter((h) =>
    h.preset === result.preset && Number.isFinite(h.wait) && Number.isFinite(h.utilisation));
  let top = Math.max(1, ...past.map((h) => h.wait), wait.ci_high ?? 0, guess ?? 0);
  if (t) {
    const at95 = t.curve.find((p) => p.utilisation >= 0.95);
    top = Math.max(top, at95 ? at95.wait_mean_days : 0, t.wait_mean_days ?? 0);
  }
  const scale = niceScale(top * 1.1), yMax = scale.max;
  const { x, y } = frame(svg, W, H, m, 1, scale, "utilisation (share of places held)", "mean wait (days)",
    (v) => Math.round(v * 100) + "%");
  if (t) {
    const clipped = t.curve.filter((p) => p.wait_mean_days <= yMax * 1.02).map((p) => [x(p.utilisation), y(p.wait_mean_days)]);
    const next = t.curve.find((p) => p.wait_mean_days > yMax * 1.02);
    if (next) clipped.push([x(next.utilisation), y(yMax)]);
    el("path", { d: path(clipped), class: "theory-line" }, svg);
    el("text", { x: x(0.04), y: m.top + 10, class: "label-theory" }, svg, "Erlang C, c = " + t.servers + " places");
    el("line", { x1: x(1), x2: x(1), y1: m.top, y2: y(0), class: "theory-line" }, svg);
    if (t.stable && t.wait_mean_days <= yMax) {
      el("circle", { cx: x(t.utilisation), cy: y(t.wait_mean_days), r: 5, class: "theory-dot" }, svg);
    }
  }
  past.slice(0, -1).forEach((h) => {
    el("circle", { cx: x(Math.min(1, h.utilisation)), cy: y(Math.min(yMax, h.wait)), r: 3.5,
      class: "past-dot past-point" }, svg);
  });
  if (guess !== null && guess !== undefined) {
    el("line", { x1: m.left, x2: W - m.right, y1: y(Math.min(yMax, guess)), y2: y(Math.min(yMax, guess)),
      class: "guess-line" }, svg);
    el("text", { x: m.left + 4, y: y(Math.min(yMax, guess)) - 4, class: "label-guess" }, svg, "your guess");
  }
  if (Number.isFinite(wait.mean) && Number.isFinite(util.mean)) {
    el("circle", { cx: x(Math.min(1, util.mean)), cy: y(Math.min(yMax, wait.mean)), r: 6, class: "sim-dot run-point" }, svg);
  }
  const legend = [["sim-dot", "this run"], ["past-dot", "your earlier runs"]];
  if (t) legend.push(["theory-dot", "theory for this run"]);
  legend.forEach(([cls, text], i) => {
    el("circle", { cx: x(0.04) + 4, cy: m.top + 26 + i * 15, r: 4, class: cls + " legend" }, svg);
    el("text", { x: x(0.04) + 13, y: m.top + 30 + i * 15 }, svg, text);
  });
}
