"use strict";
// The staged lessons: choose a lesson, predict, run its set-ups on the server, replay the real
// events of a short stretch of the first replication, and judge the prediction against the
// run's 95% interval. Uses $, fmt, valueText, verdictText from page.js and el, frame, niceScale and
// path from charts.js.

const CONTROLS = {
  arrivals_per_week: { label: "Arrivals a week", unit: "people a week", step: 0.1 },
  servers: { label: "Places in all", unit: "places", step: 1 },
  service_days: { label: "Mean days a booking holds a place", unit: "days", step: 0.1 },
  missed_share: { label: "Share of appointments missed without reminders", unit: "share", step: 0.01 },
  visits: { label: "Mean sessions per course", unit: "sessions", step: 1 },
  backlog: { label: "People already waiting on day 0", unit: "people", step: 1 },
  relief_servers: { label: "Extra (relief) places", unit: "places", step: 1 },
  relief_weeks: { label: "Weeks the relief places run", unit: "weeks", step: 1 },
};
const SHOWN = ["wait_first_days", "wait_between_days", "wait_total_days", "utilisation", "waiting_list_mean",
  "waiting_at_end", "growth_per_year", "clear_weeks", "cleared_share"];
const lessonState = { lessons: [], limits: {}, lesson: null, result: null, guess: null, animators: [] };
const reducedMotion = () => window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

function lessonValue(key) { return Number($("lesson-" + key).value); }

function buildLessonList() {
  const list = $("lesson-list");
  lessonState.lessons.forEach((lesson) => {
    const item = document.createElement("li"), button = document.createElement("button");
    button.type = "button";
    button.id = "lesson-tab-" + lesson.id;
    button.textContent = lesson.number + ". " + lesson.title;
    button.addEventListener("click", () => selectLesson(lesson.id));
    item.append(button);
    list.append(item);
  });
}

function selectLesson(id) {
  const lesson = lessonState.lessons.find((l) => l.id === id);
  lessonState.lesson = lesson;
  lessonState.lessons.forEach((l) => {
    const tab = $("lesson-tab-" + l.id);
    if (l.id === id) tab.setAttribute("aria-current", "step"); else tab.removeAttribute("aria-current");
  });
  $("lesson-title").textContent = "Lesson " + lesson.number + ": " + lesson.title;
  $("lesson-question").textContent = lesson.question;
  $("lesson-sets").textContent = "You set: " + lesson.sets;
  $("lesson-sees").textContent = "You see: " + lesson.sees;
  const box = $("lesson-controls");
  box.innerHTML = "";
  lesson.controls.forEach((key) => {
    const info = CONTROLS[key], field = document.createElement("div"), label = document.createElement("label");
    field.className = "field";
    label.htmlFor = "lesson-" + key;
    label.textContent = info.label + (info.unit === "share" ? " (0 to 0.5)" : " (" + info.unit + ")");
    const input = document.createElement("input");
    input.type = "number";
    input.id = "lesson-" + key;
    input.step = key === "servers" && lesson.variants.some((v) => v.lists > 1) ? 2 : info.step;
    const limits = lessonState.limits[key];
    if (limits) { input.min = limits[0]; input.max = limits[1]; }
    field.append(label, input);
    box.append(field);
  });
  $("lesson-guess-label").textContent = "Your prediction: " + lesson.prediction.label + " (" +
    lesson.prediction.unit + ")";
  resetLesson();
}

function resetLesson() {
  const lesson = lessonState.lesson;
  lesson.controls.forEach((key) => { $("lesson-" + key).value = lesson.defaults[key]; });
  $("lesson-guess").value = "";
  lessonState.result = null;
  lessonState.guess = null;
  stopAnimations();
  $("animations").innerHTML = "";
  $("lesson-setups").innerHTML = "";
  $("lesson-chart").innerHTML = "";
  $("anim-clock").textContent = "";
  $("anim-replay").disabled = true;
  $("lesson-download").disabled = true;
  $("lesson-notice-panel").hidden = true;
  const verdict = $("lesson-verdict");
  verdict.textContent = "Run the lesson to see how close your prediction was.";
  verdict.className = "verdict";
  setLessonStatus("Lesson " + lesson.number + " at its starting values. Type a prediction, then run.");
}

function setLessonStatus(text, isError) {
  $("lesson-status").textContent = text;
  $("lesson-status").className = "status" + (isError ? " error" : "");
}

function lessonBody() {
  const body = { lesson: lessonState.lesson.id, animate: true };
  lessonState.lesson.controls.forEach((key) => { body[key] = lessonValue(key); });
  return body;
}

async function runLesson(event) {
  event.preventDefault();
  const text = $("lesson-guess").value.trim(), guess = Number(text);
  if (text === "" || !isFinite(guess) || guess < 0) {
    setLessonStatus("Predict first: type your prediction, then run.", true);
    $("lesson-guess").focus();
    return;
  }
  $("lesson-run").disabled = true;
  setLessonStatus("Running " + lessonState.lesson.variants.length + " set-up(s)...");
  const started = performance.now();
  try {
    const reply = await fetch("/api/lesson", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(lessonBody()),
    });
    const data = await reply.json();
    if (!reply.ok) { setLessonStatus(data.error || ("HTTP " + reply.status), true); return; }
    lessonState.result = data;
    lessonState.guess = guess;
    showLesson(data, guess);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    setLessonStatus("Done in " + seconds + " s: " + data.inputs.replications + " replications of " +
      data.inputs.weeks + " weeks per set-up, seed " + data.inputs.seed + ".");
  } catch (error) {
    setLessonStatus("The server did not answer: " + error, true);
  } finally {
    $("lesson-run").disabled = false;
  }
}

function predicted(result) {
  const p = result.prediction, setup = result.setups[p.setup];
  return { setup, metric: setup.metrics.find((m) => m.key === p.metric), unit: p.unit };
}

function showLesson(result, guess) {
  const target = predicted(result), verdict = verdictText(guess, target.metric, target.unit);
  const line = $("lesson-verdict");
  line.textContent = verdict.text + " (" + target.setup.label + ")";
  line.className = "verdict " + (verdict.inside ? "inside" : "outside");
  line.dataset.mean = target.metric.mean;
  const box = $("lesson-setups");
  box.innerHTML = "";
  result.setups.forEach((setup, index) => box.append(setupCard(setup, index)));
  drawLessonChart(result);
  $("lesson-notice").textContent = lessonState.lesson.notice;
  $("lesson-notice-panel").hidden = false;
  $("lesson-download").disabled = false;
  startAnimations(result);
}

function setupCard(setup, index) {
  const card = document.createElement("div"), title = document.createElement("h4");
  card.className = "panel setup";
  card.id = "setup-" + index;
  title.textContent = setup.label;
  card.append(title);
  const table = document.createElement("table"), head = document.createElement("thead");
  head.innerHTML = "<tr><th scope=\"col\">figure</th><th scope=\"col\">mean</th><th scope=\"col\">95% interval</th></tr>";
  const body = document.createElement("tbody");
  setup.metrics.filter((m) => SHOWN.includes(m.key) && shows(setup, m)).forEach((m) => {
    const row = document.createElement("tr");
    row.dataset.key = m.key;
    row.dataset.mean = m.mean === null ? "" : m.mean;
    [m.label + (m.unit === "share" ? "" : " (" + m.unit + ")"), fmt(m.mean, m.unit),
      m.ci_low === null ? "-" : fmt(m.ci_low, m.unit) + " to " + fmt(m.ci_high, m.unit)].forEach((text, i) => {
      const cell = document.createElement(i === 0 ? "th" : "td");
      if (i === 0) cell.scope = "row"; else cell.className = "num";
      cell.textContent = text;
      row.append(cell);
    });
    body.append(row);
  });
  table.append(head, body);
  card.append(table);
  const theory = document.createElement("p");
  theory.className = "theory-text";
  theory.textContent = theoryText(setup.theory);
  card.append(theory);
  if (!setup.settled) {
    const note = document.createElement("p");
    note.className = "unsettled";
    note.setAttribute("role", "note");
    note.textContent = setup.settled_note;
    card.append(note);
  }
  return card;
}

function shows(setup, m) {
  const comesBack = setup.visits > 1 || setup.missed_share > 0;
  if (m.key === "wait_between_days" || m.key === "wait_total_days") return comesBack;
  return true;
}

function theoryText(t) {
  if (!t) return "No formula for this set-up.";
  const waits = t.stable
    ? "wait for a place " + valueText(t.wait_first_days, "days") +
      (t.wait_total_days !== t.wait_first_days ? ", total wait " + valueText(t.wait_total_days, "days") : "") +
      ", people waiting " + fmt(t.waiting_list_mean)
    : "no steady state: the list grows without end";
  return "Theory (" + t.model + (t.exact ? "" : ", a guide") + "): utilisation " + fmt(t.utilisation, "share") +
    ", " + waits + ". " + t.note;
}

function drawLessonChart(result) {
  const svg = $("lesson-chart"), width = 760, height = 240;
  const series = result.setups.map((s) => s.waiting_list.mean.map((v) => (v === null ? 0 : v)));
  const weeks = series[0].length, top = Math.max(1, ...series.flat());
  const m = { left: 50, right: 16, top: 14, bottom: 36 };
  const axes = frame(svg, width, height, m, weeks, niceScale(top, 4), "weeks", "people waiting",
    (v) => String(Math.round(v)));
  if (result.warmup_days > 0) {
    const end = axes.x(result.warmup_days / 7);
    const shade = el("rect", { x: m.left, y: m.top, width: end - m.left, height: height - m.top - m.bottom,
      class: "warmup" });
    svg.insertBefore(shade, svg.firstChild);
  }
  series.forEach((values, index) => {
    el("path", { d: path(values.map((v, week) => [axes.x(week + 0.5), axes.y(v)])),
      class: "line series-" + index }, svg);
    el("text", { x: width - m.right - 4, y: m.top + 12 + index * 14, "text-anchor": "end",
      class: "label-series series-label-" + index }, svg, result.setups[index].label);
  });
}

// One set-up's animation: each list's waiting people (a row of dots) and its places (boxes);
// every arrival, start and end of the logged run moves a dot.
class Animator {
  constructor(svg, setup) {
    this.svg = svg;
    this.anim = setup.animation;
    this.events = this.anim.events;
    this.lists = this.anim.places_per_list.map((places) => ({ queue: [], places: new Array(places).fill(null) }));
    this.dots = new Map();
    this.applied = 0;
    this.rows = this.anim.places_per_list.map((places) => Math.max(1, Math.ceil(places / 10)));
    this.rowTop = [];
    let y = 8;
    this.rows.forEach((rows) => { this.rowTop.push(y); y += Math.max(56, rows * 26 + 24); });
    this.height = y + 4;
    svg.setAttribute("viewBox", "0 0 760 " + this.height);
    svg.innerHTML = "";
    this.anim.places_per_list.forEach((places, list) => {
      const top = this.rowTop[list];
      el("text", { x: 8, y: top + 12, class: "list-label" }, svg,
        this.lists.length > 1 ? "List " + (list + 1) : "List");
      for (let place = 0; place < places; place += 1) {
        const [x, yy] = this.placeXY(list, place);
        el("rect", { x: x - 10, y: yy - 10, width: 20, height: 20, rx: 3,
          class: "place" + (place >= setup.servers_per_list ? " relief" : "") }, svg);
      }
    });
    this.layer = el("g", {}, svg);
    svg.dataset.total = this.events.length;
    svg.dataset.applied = 0;
  }
  placeXY(list, place) {
    return [505 + (place % 10) * 24, this.rowTop[list] + 22 + Math.floor(place / 10) * 26];
  }
  queueXY(list, index) {
    const perRow = 34, row = Math.floor(index / perRow);
    return [470 - (index % perRow) * 12, this.rowTop[list] + 22 + (row % 2) * 14];
  }
  dot(person, list) {
    let dot = this.dots.get(person);
    if (!dot) {
      dot = el("circle", { r: 5, cx: 0, cy: 0, class: "person waiting", "data-person": person }, this.layer);
      dot.style.transform = "translate(20px," + (this.rowTop[list] + 22) + "px)";
      this.dots.set(person, dot);
    }
    return dot;
  }
  apply(event) {
    const list = this.lists[event.list];
    if (event.kind === "arrival") {
      list.queue.push(event.person);
      const dot = this.dot(event.person, event.list);
      dot.classList.remove("gone", "seen");
      dot.classList.add("waiting");
    } else if (event.kind === "start") {
      list.queue = list.queue.filter((p) => p !== event.person);
      list.places[event.place] = event.person;
      const dot = this.dot(event.person, event.list);
      dot.classList.remove("waiting");
      dot.classList.add("seen");
    } else if (event.kind === "end") {
      list.places[event.place] = null;
      const dot = this.dots.get(event.person);
      if (dot) dot.dataset.leaving = "1";
    }
  }
  // Applies every event up to day t, then moves each dot to its place.
  advance(t) {
    while (this.applied < this.events.length && this.events[this.applied].t <= t) {
      this.apply(this.events[this.applied]);
      this.applied += 1;
    }
    this.svg.dataset.applied = this.applied;
    this.layout();
  }
  layout() {
    const placed = new Set();
    this.lists.forEach((list, index) => {
      list.queue.forEach((person, i) => this.move(person, this.queueXY(index, i), placed));
      list.places.forEach((person, place) => {
        if (person !== null) this.move(person, this.placeXY(index, place), placed);
      });
    });
    this.dots.forEach((dot, person) => {
      if (placed.has(person) || !dot.dataset.leaving) return;
      dot.style.transform = "translate(752px," + dot.style.transform.split(",")[1];
      dot.classList.add("gone");
      delete dot.dataset.leaving;
      this.dots.delete(person);
      setTimeout(() => dot.remove(), reducedMotion() ? 0 : 500);
    });
  }
  move(person, [x, y], placed) {
    const dot = this.dots.get(person);
    placed.add(person);
    if (!dot) return;
    delete dot.dataset.leaving;
    dot.style.transform = "translate(" + x + "px," + y + "px)";
  }
}

function stopAnimations() {
  if (lessonState.timer) clearInterval(lessonState.timer);
  lessonState.timer = null;
  lessonState.animators = [];
}

function startAnimations(result) {
  stopAnimations();
  const box = $("animations");
  box.innerHTML = "";
  const animators = result.setups.filter((s) => s.animation).map((setup, index) => {
    const title = document.createElement("p");
    title.className = "anim-title";
    title.textContent = setup.label;
    const svg = document.createElementNS(SVGNS, "svg");
    svg.id = "anim-" + index;
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", "People arriving, waiting and being seen: " + setup.label);
    svg.classList.add("animation");
    box.append(title, svg);
    return new Animator(svg, setup);
  });
  lessonState.animators = animators;
  if (animators.length === 0) return;
  const until = result.setups[0].animation.until_days;
  $("anim-replay").disabled = false;
  if (reducedMotion()) {
    animators.forEach((a) => a.advance(until));
    $("anim-clock").textContent = "Day " + fmt(until) + " (reduced motion: the final picture, without movement)";
    return;
  }
  const durationMs = 15000, tickMs = 120, began = performance.now();
  const tick = () => {
    const day = Math.min(until, ((performance.now() - began) / durationMs) * until);
    animators.forEach((a) => a.advance(day));
    $("anim-clock").textContent = "Day " + Math.floor(day) + " of " + fmt(until);
    if (day >= until) stopTimer();
  };
  const stopTimer = () => { clearInterval(lessonState.timer); lessonState.timer = null; };
  lessonState.timer = setInterval(tick, tickMs);
  tick();
}

// The CSV of what is on screen: the inputs, the prediction and every figure shown, with units.
function lessonCSV() {
  const result = lessonState.result;
  if (!result) return "";
  const rows = [["lesson", "set_up", "quantity", "value", "ci_low", "ci_high", "unit"]];
  const lesson = lessonState.lesson;
  lesson.controls.forEach((key) => {
    rows.push([lesson.id, "inputs", key, result.inputs[key], "", "", CONTROLS[key].unit]);
  });
  rows.push([lesson.id, "inputs", "weeks", result.inputs.weeks, "", "", "weeks"]);
  rows.push([lesson.id, "inputs", "replications", result.inputs.replications, "", "", "replications"]);
  rows.push([lesson.id, "inputs", "seed", result.inputs.seed, "", "", ""]);
  const p = result.prediction;
  rows.push([lesson.id, result.setups[p.setup].label, "prediction: " + p.label, lessonState.guess, "", "", p.unit]);
  result.setups.forEach((setup) => {
    setup.metrics.filter((m) => SHOWN.includes(m.key) && shows(setup, m)).forEach((m) => {
      rows.push([lesson.id, setup.label, m.label, m.mean, m.ci_low, m.ci_high, m.unit]);
    });
    const t = setup.theory;
    if (t) {
      rows.push([lesson.id, setup.label, "theory: utilisation (" + t.model + ")", t.utilisation, "", "", "share"]);
      rows.push([lesson.id, setup.label, "theory: wait for a place", t.wait_first_days, "", "", "days"]);
      rows.push([lesson.id, setup.label, "theory: total wait", t.wait_total_days, "", "", "days"]);
      rows.push([lesson.id, setup.label, "theory: people waiting", t.waiting_list_mean, "", "", "people"]);
    }
    rows.push([lesson.id, setup.label, "settled", setup.settled ? "yes" : "no", "", "", ""]);
  });
  const cell = (v) => {
    const text = v === null || v === undefined ? "" : String(v);
    return /[",\n]/.test(text) ? "\"" + text.replace(/"/g, "\"\"") + "\"" : text;
  };
  return rows.map((row) => row.map(cell).join(",")).join("\n") + "\n";
}

function downloadLessonCSV() {
  const blob = new Blob([lessonCSV()], { type: "text/csv" });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = "stepwell-lesson-" + lessonState.lesson.id + ".csv";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

async function startLessons() {
  $("lesson-form").addEventListener("submit", runLesson);
  $("lesson-reset").addEventListener("click", resetLesson);
  $("lesson-download").addEventListener("click", downloadLessonCSV);
  $("anim-replay").addEventListener("click", () => { if (lessonState.result) startAnimations(lessonState.result); });
  try {
    const data = await (await fetch("/api/lessons")).json();
    lessonState.lessons = data.lessons;
    lessonState.limits = data.limits;
    buildLessonList();
    selectLesson(data.lessons[0].id);
  } catch (error) {
    setLessonStatus("Could not load the lessons: " + error, true);
  }
}
document.addEventListener("DOMContentLoaded", startLessons);
