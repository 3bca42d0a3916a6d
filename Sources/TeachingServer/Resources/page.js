"use strict";
const FIELDS = ["referrals_per_week", "staff_wte", "sessions_per_course", "dna_rate"];
const state = { presets: [], limits: {}, history: [], last: null };
const $ = (id) => document.getElementById(id);

function fmt(x, unit) {
  if (x === null || x === undefined || !isFinite(x)) return "-";
  if (unit === "share") return (100 * x).toFixed(1) + "%";
  if (unit === "pounds") return "£" + Math.round(x).toLocaleString("en-GB");
  const a = Math.abs(x);
  if (a >= 1000) return Math.round(x).toLocaleString("en-GB");
  if (a >= 100) return x.toFixed(0);
  if (a >= 10) return x.toFixed(1);
  return x.toFixed(2);
}
function interval(m, unit) {
  if (!m || m.ci_low === null || m.ci_low === undefined) return "one replication: no interval";
  const low = unit === "share" ? m.ci_low : Math.max(0, m.ci_low);
  return "95% interval " + fmt(low, unit) + " to " + fmt(m.ci_high, unit);
}
function unitWords(unit) { return unit === "share" ? "" : " " + unit; }
function valueText(x, unit) { return fmt(x, unit) + unitWords(unit); }
// The verdict: the guess against the run's mean and 95% interval, as an absolute error.
function verdictText(guess, m, unit) {
  let text = "Your guess " + valueText(guess, unit) + "; the simulation " + valueText(m.mean, unit);
  const hasInterval = m.ci_low !== null && m.ci_low !== undefined;
  text += hasInterval ? " (95% interval " + fmt(m.ci_low, unit) + " to " + fmt(m.ci_high, unit) + ")"
    : " (one replication: no interval)";
  if (hasInterval && guess >= m.ci_low && guess <= m.ci_high) {
    return { text: text + ": inside the interval, well judged.", inside: true };
  }
  const off = guess - m.mean;
  return { text: text + ": " + valueText(Math.abs(off), unit) + (off > 0 ? " too high." : " too low."), inside: false };
}

function metric(result, key) { return result.metrics.find((m) => m.key === key); }
function preset() { return state.presets.find((p) => p.preset === $("preset").value); }

function setField(key, value, lo, hi, step, lim) {
  const number = $(key), range = $(key + "-range");
  number.min = lim[key][0]; number.max = lim[key][1];
  range.min = lo; range.max = hi; range.step = step;
  number.value = +value.toFixed(3); range.value = value;
}
function applyPreset() {
  const p = preset();
  $("preset-summary").textContent = p.summary;
  document.querySelectorAll(".main-service").forEach((e) => { e.textContent = p.main_service; });
  const lim = p.limits || state.limits;
  const clamp = (x, key) => Math.min(lim[key][1], Math.max(lim[key][0], x));
  setField("referrals_per_week", p.referrals_per_week, clamp(p.referrals_per_week / 4, "referrals_per_week"),
    clamp(p.referrals_per_week * 2, "referrals_per_week"), p.referrals_per_week < 20 ? 0.1 : 1, lim);
  setField("staff_wte", p.staff_wte, clamp(p.staff_wte / 2, "staff_wte"), clamp(p.staff_wte * 2, "staff_wte"),
    p.staff_wte < 10 ? 0.1 : 0.5, lim);
  setField("sessions_per_course", p.sessions_per_course, 2, clamp(p.sessions_per_course * 2, "sessions_per_course"), 1,
    lim);
  setField("dna_rate", p.dna_rate, 0, 0.5, 0.01, lim);
  $("callbacks").checked = p.callbacks;
  $("callback-hint").textContent = "(the DNA rate becomes " + fmt(p.callback_dna_rate, "share") + ")";
  $("replications").max = lim.replications[1];
  $("years").max = lim.years[1];
  $("replications").value = p.replications;
  $("years").value = p.years;
  $("wait-label").textContent = "Mean " + p.wait_label;
}
function bindRanges() {
  FIELDS.forEach((key) => {
    $(key + "-range").addEventListener("input", (e) => { $(key).value = e.target.value; });
    $(key).addEventListener("input", (e) => { $(key + "-range").value = e.target.value; });
  });
}
function requestBody() {
  const body = { preset: $("preset").value };
  FIELDS.forEach((key) => { body[key] = Number($(key).value); });
  body.callbacks = $("callbacks").checked;
  body.replications = Number($("replications").value);
  body.years = Number($("years").value);
  return body;
}
function setStatus(text, isError) {
  $("status").textContent = text;
  $("status").className = "status" + (isError ? " error" : "");
}
function currentGuess() {
  const text = $("guess").value.trim();
  return text === "" ? null : Number(text);
}

async function run(event) {
  event.preventDefault();
  const guess = currentGuess();
  if ($("predict-mode").checked && (guess === null || !isFinite(guess) || guess < 0)) {
    setStatus("Predict first: type your guess of the mean wait in days, then run.", true);
    $("guess").focus();
    return;
  }
  $("run").disabled = true;
  setStatus("Running " + $("replications").value + " replications...");
  const started = performance.now();
  try {
    const reply = await fetch("/api/simulate", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(requestBody()),
    });
    const data = await reply.json();
    if (!reply.ok) { setStatus(data.error || ("HTTP " + reply.status), true); return; }
    show(data, $("predict-mode").checked ? guess : null);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    setStatus("Done in " + seconds + " s: " + data.run.replications + " replications of " +
      data.inputs.years + " years, seed " + data.run.seed + ".");
  } catch (error) {
    setStatus("The server did not answer: " + error, true);
  } finally {
    $("run").disabled = false;
  }
}

function show(result, guess) {
  state.last = result;
  const wait = metric(result, "wait_mean_days"), util = metric(result, "utilisation");
  const list = metric(result, "waiting_list_mean");
  $("result-wait").textContent = fmt(wait.mean);
  $("result-wait").dataset.value = wait.mean;
  $("result-wait-ci").textContent = interval(wait, "days");
  $("result-utilisation").textContent = fmt(util.mean, "share");
  $("result-utilisation").dataset.value = util.mean;
  $("result-utilisation-ci").textContent = interval(util, "share");
  $("result-list").textContent = fmt(list.mean);
  $("result-list").dataset.value = list.mean;
  $("result-list-ci").textContent = interval(list, "people") + " (time average)";
  if (result.still_waiting) $("result-wait-ci").textContent += "; people who started treatment";
  showGuess(wait, guess);
  const note = unsettledNote(result);
  $("result-unsettled").textContent = note;
  $("result-unsettled").hidden = note === "";
  showStillWaiting(result.still_waiting);
  showTheory(result);
  state.history.push({ preset: result.preset, utilisation: util.mean, wait: wait.mean, guess: guess,
    places: result.run.places });
  if (state.history.length > 40) state.history.shift();
  drawList(result);
  drawWaits(result);
  drawCurve(result, guess);
  showMetrics(result);
}
function showGuess(wait, guess) {
  $("guess-value").textContent = guess === null ? "-" : fmt(guess);
  $("guess-value").dataset.value = guess === null ? "" : guess;
  if (guess === null) { $("guess-verdict").textContent = "No guess this time."; return; }
  $("guess-verdict").textContent = verdictText(guess, wait, "days").text;
}
// Why the run's list has not settled, or "" when it has: theory's utilisation at or above 0.95
// (one-step presets), or a list the server reports as still growing (Sandwell presets).
function unsettledNote(result) {
  const t = result.theory, wait = metric(result, "wait_mean_days");
  if (t && t.utilisation >= 0.95) {
    const steady = t.stable ? "Erlang C's steady-state wait is " + valueText(t.wait_mean_days, "days")
      : "theory has no steady state (the list grows without end)";
    return "Not yet settled: utilisation is " + fmt(t.utilisation, "share") + ", at or above 95%. " + steady +
      ", not reached in this run: the simulated " + valueText(wait.mean, "days") + " is below what a longer run gives.";
  }
  if (result.still_waiting && result.still_waiting.warnings.length > 0) {
    return "Not yet settled: a waiting list is still growing when the run ends (see below).";
  }
  return "";
}
function signedPeople(x) {
  return x === null || x === undefined ? "-" : (x > 0 ? "+" : "") + fmt(x);
}
function growthText(m) {
  if (m.ci_low === null || m.ci_low === undefined) return signedPeople(m.mean);
  return signedPeople(m.mean) + " (" + signedPeople(m.ci_low) + " to " + signedPeople(m.ci_high) + ")";
}
function showStillWaiting(still) {
  $("still-waiting").hidden = !still;
  if (!still) return;
  $("still-waiting-line").textContent = still.headline;
  const warnings = $("list-warnings");
  warnings.innerHTML = "";
  still.warnings.forEach((text) => {
    const p = document.createElement("p"), b = document.createElement("b");
    p.className = "list-warning"; b.textContent = "Warning: ";
    p.append(b, document.createTextNode(text)); warnings.append(p);
  });
  warnings.hidden = still.warnings.length === 0;
  const body = $("service-lists").querySelector("tbody");
  body.innerHTML = "";
  still.services.forEach((list) => {
    const row = document.createElement("tr");
    if (list.growing) row.className = "growing";
    [list.name, fmt(list.waiting.mean), growthText(list.growth_per_year), fmt(list.utilisation.mean, "share")]
      .forEach((text, i) => {
        const cell = document.createElement("td"); cell.textContent = text;
        if (i > 0) cell.className = "num";
        row.append(cell);
      });
    body.append(row);
  });
}
function showTheory(result) {
  const line = $("theory-line"), t = result.theory;
  Object.keys(line.dataset).forEach((k) => delete line.dataset[k]);
  if (!t) {
    line.textContent = "No closed formula for this scenario: see the one-step scenario for theory.";
    $("theory-note").textContent = result.theory_note || "";
    return;
  }
  const sim = metric(result, "wait_mean_days");
  const erlang = t.stable ? fmt(t.wait_mean_days) + " days" : "none: the list grows without end";
  line.innerHTML = "";
  const parts = [
    ["Utilisation ρ = λ/(cμ) = ", fmt(t.utilisation), " with c = " + t.servers + " places, λ = " +
      fmt(t.arrival_rate_per_day * 7) + " a week, 1/μ = " + fmt(t.service_mean_days) + " days"],
    ["Erlang C mean wait ", erlang, " (simulated " + fmt(sim.mean) + ")"],
    ["Little's law L = λW = ", fmt(t.little.lambda_times_wait), " beside the simulated list " +
      fmt(t.little.waiting_list_mean)],
  ];
  parts.forEach(([before, value, after], i) => {
    if (i > 0) line.append(document.createTextNode(" · "));
    line.append(document.createTextNode(before));
    const b = document.createElement("b"); b.textContent = value; line.append(b);
    line.append(document.createTextNode(after));
  });
  line.dataset.rho = t.utilisation;
  line.dataset.erlangWait = t.wait_mean_days === null ? "" : t.wait_mean_days;
  line.dataset.lambdaW = t.little.lambda_times_wait;
  line.dataset.list = t.little.waiting_list_mean;
  line.dataset.simWait = sim.mean;
  $("theory-note").textContent = t.note;
}
function showMetrics(result) {
  const body = $("metrics").querySelector("tbody");
  body.innerHTML = "";
  result.metrics.forEach((m) => {
    const row = document.createElement("tr");
    [m.label + (m.unit === "share" || m.unit === "pounds" ? "" : " (" + m.unit + ")"), fmt(m.mean, m.unit),
      interval(m, m.unit).replace("95% interval ", "")].forEach((text, i) => {
      const cell = document.createElement("td"); cell.textContent = text;
      if (i > 0) cell.className = "num";
      row.append(cell);
    });
    body.append(row);
  });
  const r = result.run;
  $("run-facts").textContent = r.replications + " replications, " + fmt(r.horizon_days / 365.25) +
    " years each with " + fmt(r.warmup_days) + " days of warm-up, seed " + r.seed + ", " + r.places +
    " places at " + result.main_service + ", " + r.events.toLocaleString("en-GB") + " events in " +
    r.wall_seconds.toFixed(2) + " s.";
}

async function start() {
  bindRanges();
  $("controls").addEventListener("submit", run);
  $("preset").addEventListener("change", applyPreset);
  $("predict-mode").addEventListener("change", (e) => { $("guess").disabled = !e.target.checked; });
  try {
    const data = await (await fetch("/api/presets")).json();
    state.presets = data.presets; state.limits = data.limits;
    data.presets.forEach((p) => {
      const option = document.createElement("option");
      option.value = p.preset; option.textContent = p.title; $("preset").append(option);
    });
    applyPreset();
    drawEmpty();
    setStatus("Ready. Type a guess, then run.");
  } catch (error) {
    setStatus("Could not load the presets: " + error, true);
  }
}
document.addEventListener("DOMContentLoaded", start);
