/// The teaching page's HTML: the controls, the result cards, the theory panel and three charts.
/// Styles are in ``PageStyle`` and behaviour in ``PageScript``; nothing is fetched from elsewhere.
enum PageHTML {
  static let text = #"""
    <!doctype html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Stepwell: how capacity drives waits</title>
    <link rel="stylesheet" href="/style.css">
    </head>
    <body>
    <header class="top">
      <div class="brand">Stepwell <span>teaching</span></div>
      <h1>How capacity drives waits</h1>
      <p class="lede">Set the referrals, the staff and the length of a course. Guess the mean wait, run the
      simulation, and set what it finds beside queueing theory.</p>
    </header>
    <main class="layout">
      <form id="controls" class="panel controls" novalidate>
        <label class="field-label" for="preset">Scenario</label>
        <select id="preset" name="preset"></select>
        <p id="preset-summary" class="hint"></p>

        <div class="field" data-key="referrals_per_week">
          <label for="referrals_per_week">Referrals a week</label>
          <input type="range" id="referrals_per_week-range" aria-hidden="true" tabindex="-1">
          <input type="number" id="referrals_per_week" step="any" inputmode="decimal">
        </div>
        <div class="field" data-key="staff_wte">
          <label for="staff_wte">Staff (WTE) of <span class="main-service">therapy</span></label>
          <input type="range" id="staff_wte-range" aria-hidden="true" tabindex="-1">
          <input type="number" id="staff_wte" step="any" inputmode="decimal">
        </div>
        <div class="field" data-key="sessions_per_course">
          <label for="sessions_per_course">Sessions per course</label>
          <input type="range" id="sessions_per_course-range" aria-hidden="true" tabindex="-1">
          <input type="number" id="sessions_per_course" step="any" inputmode="decimal">
        </div>
        <div class="field" data-key="dna_rate">
          <label for="dna_rate">Sessions missed (DNA rate)</label>
          <input type="range" id="dna_rate-range" aria-hidden="true" tabindex="-1">
          <input type="number" id="dna_rate" step="0.01" inputmode="decimal">
        </div>
        <label class="check"><input type="checkbox" id="callbacks"> Reminder call-backs
          <span class="hint" id="callback-hint"></span></label>
        <div class="row">
          <label>Replications <input type="number" id="replications" min="1" max="10" step="1"></label>
          <label>Years <input type="number" id="years" min="1" max="5" step="1"></label>
        </div>

        <fieldset class="predict">
          <legend>Predict, then run</legend>
          <label class="check"><input type="checkbox" id="predict-mode" checked> Ask for my guess before each run</label>
          <label for="guess">Your guess of the mean wait, in days</label>
          <input type="number" id="guess" min="0" step="any" placeholder="e.g. 10" inputmode="decimal">
        </fieldset>

        <button id="run" type="submit">Run the simulation</button>
        <p id="status" class="status" role="status" aria-live="polite"></p>
      </form>

      <section class="results" aria-label="Results">
        <div class="cards">
          <div class="card lead">
            <h2 id="wait-label">Mean wait</h2>
            <div class="big"><span id="result-wait">-</span> <small>days</small></div>
            <div class="ci" id="result-wait-ci">Run the simulation to see the wait.</div>
          </div>
          <div class="card">
            <h2>Utilisation</h2>
            <div class="big"><span id="result-utilisation">-</span></div>
            <div class="ci" id="result-utilisation-ci">places held / places</div>
          </div>
          <div class="card">
            <h2>People waiting</h2>
            <div class="big"><span id="result-list">-</span></div>
            <div class="ci" id="result-list-ci">time average after warm-up</div>
          </div>
          <div class="card guess-card" id="prediction">
            <h2>Your guess</h2>
            <div class="big"><span id="guess-value">-</span> <small>days</small></div>
            <div class="ci" id="guess-verdict">Type a guess before you run.</div>
          </div>
        </div>

        <div class="panel theory" id="theory-panel">
          <h2>Queueing theory beside the simulation</h2>
          <p id="theory-line" class="theory-line">Run the one-step scenario to see the theory.</p>
          <p id="theory-note" class="hint"></p>
        </div>

        <div class="charts">
          <figure class="panel chart wide">
            <figcaption>Waiting list, week by week <span class="hint">(mean over replications, shaded: 95% interval)</span></figcaption>
            <svg id="chart-list" viewBox="0 0 760 260" role="img" aria-label="Waiting list over time"></svg>
          </figure>
          <figure class="panel chart">
            <figcaption>How long people waited <span class="hint" id="waits-measure"></span></figcaption>
            <svg id="chart-waits" viewBox="0 0 380 260" role="img" aria-label="Distribution of waits"></svg>
          </figure>
          <figure class="panel chart">
            <figcaption>Wait against utilisation</figcaption>
            <svg id="chart-curve" viewBox="0 0 380 260" role="img" aria-label="Mean wait against utilisation"></svg>
          </figure>
        </div>

        <details class="panel more">
          <summary>All key metrics</summary>
          <table id="metrics"><thead><tr><th>metric</th><th>mean</th><th>95% interval</th></tr></thead>
          <tbody></tbody></table>
          <p class="hint" id="run-facts"></p>
        </details>
      </section>
    </main>
    <footer>Stepwell runs on this machine only; nothing is sent anywhere else. The API is described in
    docs/teaching-api.md.</footer>
    <script src="/app.js"></script>
    </body>
    </html>
    """#
}
