"""The lesson checks of the teaching page's browser check (run by check_page.py).

Each function takes the selenium driver and a `Checks` counter and records named checks.
"""

import csv
import io
import json
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

from axe_selenium_python import Axe
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

RUN_TIMEOUT = 60  # seconds for one lesson run, generous for a loaded 2-core machine
LESSONS = ["utilisation", "variability", "pooling", "missed-appointments", "backlog", "hidden-waits"]


def post(url, body):
    request = urllib.request.Request(url, data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=RUN_TIMEOUT) as reply:
            return reply.status, json.loads(reply.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def by_id(driver, element_id):
    return driver.find_element(By.ID, element_id)


def set_value(driver, element_id, value):
    element = by_id(driver, element_id)
    element.clear()
    element.send_keys(str(value))


def wait_for_run(driver):
    """Waits until the lesson's run button is back and the status no longer says Running."""
    WebDriverWait(driver, RUN_TIMEOUT).until(
        lambda d: by_id(d, "lesson-run").is_enabled()
        and not by_id(d, "lesson-status").text.startswith("Running"))
    return by_id(driver, "lesson-status").text


def run_lesson(driver, lesson, guess):
    by_id(driver, "lesson-tab-" + lesson).click()
    set_value(driver, "lesson-guess", guess)
    by_id(driver, "lesson-run").click()
    return wait_for_run(driver)


def page_body(driver, lesson):
    """The request the page sends, rebuilt from its inputs (Number(value) of each control)."""
    body = {"lesson": lesson, "animate": True}
    for field in driver.find_elements(By.CSS_SELECTOR, "#lesson-controls input"):
        key = field.get_attribute("id").removeprefix("lesson-")
        body[key] = json.loads(field.get_attribute("value"))
    return body


def dots(driver):
    """Each person's dot in the first animation: person -> transform."""
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('#anim-0 circle.person'))"
        ".map(c => [c.dataset.person, c.style.transform]);")


def check_lessons(driver, checks, base, lesson_screenshot):
    WebDriverWait(driver, 20).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#lesson-list button")) == 6)
    checks.check("the page lists six lessons", True)
    by_id(driver, "lesson-run").click()
    status = by_id(driver, "lesson-status").text
    checks.check("a lesson will not run without a prediction", status.startswith("Predict first"), status)
    for lesson in LESSONS:
        status = run_lesson(driver, lesson, 30)
        if not checks.check(f"lesson {lesson} runs", status.startswith("Done"), status):
            continue
        code, api = post(f"{base}/api/lesson", page_body(driver, lesson))
        if not checks.check(f"lesson {lesson}: the direct API call answers", code == 200, f"HTTP {code}: {api}"):
            continue
        prediction = api["prediction"]
        setup = api["setups"][prediction["setup"]]
        figure = next(m for m in setup["metrics"] if m["key"] == prediction["metric"])
        verdict = by_id(driver, "lesson-verdict")
        shown = verdict.get_attribute("data-mean")
        checks.check(f"lesson {lesson}: the judged figure is the API's", float(shown) == figure["mean"],
                     f"{shown} vs {figure['mean']}")
        text = verdict.text
        judged = ("inside the interval" in text) == (figure["ci_low"] <= 30 <= figure["ci_high"])
        checks.check(f"lesson {lesson}: the verdict is an absolute error judged against the interval",
                     text.startswith("Your guess 30") and "95% interval" in text and "% too" not in text and judged,
                     text)
        cards = driver.find_elements(By.CSS_SELECTOR, "#lesson-setups .setup")
        checks.check(f"lesson {lesson}: one card per set-up", len(cards) == len(api["setups"]), f"{len(cards)}")
        checks.check(f"lesson {lesson}: what to notice is shown", by_id(driver, "lesson-notice").is_displayed())
        svg = by_id(driver, "anim-0")
        total = int(svg.get_attribute("data-total"))
        expected = len(api["setups"][0]["animation"]["events"])
        checks.check(f"lesson {lesson}: the animation replays the server's event log", total == expected > 0,
                     f"{total} vs {expected}")
        if lesson == "missed-appointments":  # 22 a week: a list forms within days
            check_animation_moves(driver, checks, lesson_screenshot)
    check_unsettled(driver, checks)
    check_reset_and_csv(driver, checks)
    check_reduced_motion(driver, checks)


def check_animation_moves(driver, checks, lesson_screenshot):
    try:
        WebDriverWait(driver, 10).until(lambda d: int(by_id(d, "anim-0").get_attribute("data-applied")) > 5)
        checks.check("the animation applies logged events", True)
    except TimeoutException:
        checks.check("the animation applies logged events", False, by_id(driver, "anim-0").get_attribute("data-applied"))
        return
    before = dict(dots(driver))
    time.sleep(1.5)
    after = dict(dots(driver))
    moved = [p for p in after if p not in before or before[p] != after[p]]
    checks.check("people appear and move in the animation", len(after) > 0 and len(moved) > 0,
                 f"{len(after)} dots, {len(moved)} moved")
    driver.execute_script("document.getElementById('lessons').scrollIntoView()")
    lesson_screenshot.parent.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(lesson_screenshot))
    checks.check("lesson screenshot saved", lesson_screenshot.stat().st_size > 10_000, str(lesson_screenshot))


def check_unsettled(driver, checks):
    by_id(driver, "lesson-tab-utilisation").click()
    set_value(driver, "lesson-arrivals_per_week", 1.32)  # 8 places, 42 days: utilisation 0.99
    set_value(driver, "lesson-guess", 100)
    by_id(driver, "lesson-run").click()
    status = wait_for_run(driver)
    notes = [n.text for n in driver.find_elements(By.CSS_SELECTOR, "#lesson-setups .unsettled")]
    checks.check("at utilisation 0.99 the list is marked not yet settled",
                 status.startswith("Done") and any(n.startswith("Not yet settled: utilisation is 99.0%") for n in notes),
                 f"{status} / {notes}")


def check_reset_and_csv(driver, checks):
    text = driver.execute_script("return lessonCSV();")
    rows = list(csv.reader(io.StringIO(text)))
    header_ok = rows and rows[0] == ["lesson", "set_up", "quantity", "value", "ci_low", "ci_high", "unit"]
    quantities = {row[2]: row for row in rows[1:]}
    checks.check("the CSV holds the inputs, the prediction and the figures with units",
                 header_ok and quantities.get("arrivals_per_week", [""] * 7)[3] == "1.32"
                 and any(q.startswith("prediction: ") for q in quantities)
                 and quantities.get("Mean wait for a place (first booking)", [""] * 7)[6] == "days",
                 text[:300])
    checks.check("the download button is enabled after a run", by_id(driver, "lesson-download").is_enabled())
    by_id(driver, "lesson-reset").click()
    value = by_id(driver, "lesson-arrivals_per_week").get_attribute("value")
    checks.check("reset restores the lesson's starting values", value == "1.2"
                 and by_id(driver, "lesson-verdict").text.startswith("Run the lesson")
                 and not by_id(driver, "lesson-download").is_enabled(), value)


def check_reduced_motion(driver, checks):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"features": [{"name": "prefers-reduced-motion", "value": "reduce"}]})
    status = run_lesson(driver, "pooling", 40)
    svg = by_id(driver, "anim-0")
    checks.check("with reduced motion the animation shows its final picture at once",
                 status.startswith("Done") and svg.get_attribute("data-applied") == svg.get_attribute("data-total")
                 and "reduced motion" in by_id(driver, "anim-clock").text, by_id(driver, "anim-clock").text)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})


def active_id(driver):
    return driver.execute_script("return document.activeElement ? document.activeElement.id : '';")


def tab_to(driver, element_id, limit=60):
    """Presses Tab until `element_id` has the focus; False when it never does."""
    for _ in range(limit):
        if active_id(driver) == element_id:
            return True
        ActionChains(driver).send_keys(Keys.TAB).perform()
    return active_id(driver) == element_id


def check_keyboard(driver, checks):
    driver.execute_script("window.scrollTo(0, 0); document.activeElement && document.activeElement.blur();")
    reached = tab_to(driver, "lesson-tab-variability")
    checks.check("Tab reaches the lesson list", reached, active_id(driver))
    outline = driver.execute_script(
        "const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth];")
    checks.check("the focused control shows a visible outline",
                 outline[0] != "none" and float(outline[1].rstrip("px") or 0) >= 2, str(outline))
    ActionChains(driver).send_keys(Keys.ENTER).perform()
    current = by_id(driver, "lesson-tab-variability").get_attribute("aria-current")
    checks.check("Enter chooses a lesson", current == "step", str(current))
    checks.check("Tab reaches the lesson's controls", tab_to(driver, "lesson-arrivals_per_week"), active_id(driver))
    checks.check("Tab reaches the prediction", tab_to(driver, "lesson-guess"), active_id(driver))
    ActionChains(driver).send_keys("2").perform()
    checks.check("Tab reaches the run button", tab_to(driver, "lesson-run"), active_id(driver))
    ActionChains(driver).send_keys(Keys.SPACE).perform()
    time.sleep(0.2)
    status = wait_for_run(driver)
    checks.check("Space runs the lesson", status.startswith("Done"), status)
    checks.check("Tab reaches reset and download",
                 tab_to(driver, "lesson-reset") and tab_to(driver, "lesson-download"), active_id(driver))


def check_accessibility(driver, checks, when="with a lesson's results on screen"):
    axe = Axe(driver)
    axe.inject()
    results = axe.run()
    bad = [v for v in results["violations"] if v.get("impact") in ("serious", "critical")]
    detail = "; ".join(f"{v['id']} ({v['impact']}): {len(v['nodes'])} nodes, e.g. {v['nodes'][0]['target']}"
                       for v in bad)
    checks.check(f"axe-core finds no serious or critical violations {when}", not bad, detail)
    minor = [f"{v['id']} ({v['impact']})" for v in results["violations"] if v not in bad]
    if minor:
        print("  note: axe-core's minor or moderate findings: " + ", ".join(minor))


def check_report(driver, checks, stepwell, root):
    """Runs a small teaching scenario with `stepwell run` and screenshots its report."""
    out = root / "Output" / "teaching-report"
    command = [str(stepwell), "run", "Scenarios/teaching/weekly-sessions.yaml", "--replications", "2",
               "--horizon", "2y", "--out", str(out), "--quiet"]
    done = subprocess.run(command, cwd=root, capture_output=True, text=True, timeout=300)
    report = out / "report.html"
    if not checks.check("stepwell run of the weekly-sessions scenario writes a report",
                        done.returncode == 0 and report.exists(), done.stderr[-500:]):
        return
    driver.set_window_size(1400, 1000)
    driver.get(report.resolve().as_uri())
    time.sleep(0.5)
    path = root / "Output" / "report.png"
    driver.save_screenshot(str(path))
    checks.check("report screenshot saved", path.stat().st_size > 10_000, str(path))
