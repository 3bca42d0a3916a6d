#!/usr/bin/env python3
"""Checks the teaching page in a real browser.

Starts `stepwell serve` on a free loopback port, opens the page in headless Chromium (Debian's
`chromium` and `chromium-driver`, driven by selenium) and checks:

- the lessons: each of the six runs from the page and its predicted figure equals a direct API call
  with the same values (same seed: the same numbers); the verdict is an absolute error judged
  against the run's 95% interval; the animation draws people from the server's event log and moves
  them (and with prefers-reduced-motion shows the final picture at once); a list at utilisation
  0.99 carries the "not yet settled" note; reset restores the lesson's starting values; the CSV of
  what is on screen has every figure with its unit;
- keyboard-only use: tab to a lesson and its controls, choose with Enter, run with Space, and a
  visible focus outline;
- axe-core (from the axe-selenium-python package) run in the page: no serious or critical
  violations;
- the scenario explorer: refuses to run without a guess in "predict, then run" mode, shows a
  server error for a bad value, runs the Sandwell hub (its headline of people still waiting, then
  with step 3 overloaded, its growing-list warning) and then the one-step preset, and compares the
  result and the theory line with a direct API call.

Saves screenshots: Output/teaching-lesson.png (a lesson in progress), Output/teaching-screenshot.png
(the whole page) and Output/report.png (the report of `stepwell run` of the weekly-sessions teaching
scenario, opened in Chromium). Stops the server and prints `N passed, N failed`; exits non-zero when
any check failed.

Usage: check_page.py [--stepwell PATH] [--screenshot PATH]
"""

import argparse
import json
import math
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from selenium import webdriver
from selenium.common.exceptions import TimeoutException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

import check_lessons as lessons  # noqa: E402  (beside this file)

ROOT = Path(__file__).resolve().parents[2]
RUN_TIMEOUT = 90  # seconds for one simulation, generous for a loaded 2-core machine


class Checks:
    """Counts and prints named checks."""

    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
            print(f"ok - {name}")
        else:
            self.failed += 1
            print(f"FAIL - {name}" + (f": {detail}" if detail else ""))
        return ok


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http(url, body=None, timeout=RUN_TIMEOUT):
    """GET (or POST JSON) and return (status, parsed JSON)."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as reply:
            return reply.status, json.loads(reply.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def start_server(binary, port):
    log = open(ROOT / "Output" / "teaching-serve.log", "w")
    server = subprocess.Popen(
        [str(binary), "serve", "--host", "127.0.0.1", "--port", str(port)],
        cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + 30
    while time.time() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"stepwell serve exited with {server.returncode}; see Output/teaching-serve.log")
        try:
            status, _ = http(f"http://127.0.0.1:{port}/api/presets", timeout=2)
            if status == 200:
                return server
        except (urllib.error.URLError, ConnectionError, socket.timeout):
            pass
        time.sleep(0.2)
    server.terminate()
    raise RuntimeError("stepwell serve did not answer within 30 s")


def stop_server(server):
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def browser():
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1400,1000", "--force-device-scale-factor=1"]:
        options.add_argument(argument)
    chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    if Path(chromium).exists():
        options.binary_location = chromium
    driver_path = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
    service = Service(driver_path) if Path(driver_path).exists() else Service()
    return webdriver.Chrome(options=options, service=service)


def set_value(driver, element_id, value):
    element = driver.find_element(By.ID, element_id)
    element.clear()
    element.send_keys(str(value))


def page_request(driver, preset):
    """The request the page sends, rebuilt from its inputs as its script does (Number(value))."""
    body = {"preset": preset}
    for key in ["referrals_per_week", "staff_wte", "sessions_per_course", "dna_rate"]:
        body[key] = float(driver.find_element(By.ID, key).get_attribute("value"))
    body["callbacks"] = driver.find_element(By.ID, "callbacks").is_selected()
    for key in ["replications", "years"]:
        body[key] = int(driver.find_element(By.ID, key).get_attribute("value"))
    return body


def run_and_wait(driver):
    """Clicks Run and waits for the reply to be drawn; returns the status text."""
    driver.find_element(By.ID, "run").click()
    WebDriverWait(driver, RUN_TIMEOUT).until(
        lambda d: d.find_element(By.ID, "run").is_enabled()
        and not d.find_element(By.ID, "status").text.startswith("Running"))
    return driver.find_element(By.ID, "status").text


def fmt_days(x):
    """The page's number format (fmt in page.js) for days and people."""
    a = abs(x)
    if a >= 100:
        return f"{x:.0f}"
    if a >= 10:
        return f"{x:.1f}"
    return f"{x:.2f}"


def same(a, b):
    return a is not None and b is not None and math.isclose(float(a), float(b), rel_tol=0, abs_tol=0)


def check_refusals(driver, checks):
    Select(driver.find_element(By.ID, "preset")).select_by_value("one-step")
    driver.find_element(By.ID, "guess").clear()
    driver.find_element(By.ID, "run").click()
    status = driver.find_element(By.ID, "status").text
    checks.check("predict mode refuses to run without a guess", status.startswith("Predict first"), status)
    set_value(driver, "guess", 5)
    set_value(driver, "staff_wte", 0)
    status = run_and_wait(driver)
    checks.check("a bad value shows the server's message", "staff_wte" in status and "range" in status, status)


def check_sandwell(driver, checks, base):
    Select(driver.find_element(By.ID, "preset")).select_by_value("sandwell-hub")
    set_value(driver, "replications", 1)
    set_value(driver, "years", 1)
    driver.find_element(By.ID, "predict-mode").click()  # off: no guess needed
    status = run_and_wait(driver)
    checks.check("the Sandwell hub runs", status.startswith("Done"), status)
    line = driver.find_element(By.ID, "theory-line").text
    checks.check("no theory line for the hub", "No closed formula" in line, line)
    bars = driver.find_elements(By.CSS_SELECTOR, "#chart-waits rect.bar")
    checks.check("the hub's wait bars are the 6- and 18-week standards", len(bars) == 3, f"{len(bars)} bars")
    check_still_waiting(driver, checks, base)
    set_value(driver, "staff_wte", 0.5)
    status = run_and_wait(driver)
    checks.check("the hub runs with half a WTE at step 3", status.startswith("Done"), status)
    warnings = [w.text for w in driver.find_elements(By.CSS_SELECTOR, "#list-warnings .list-warning")]
    checks.check("an overloaded step 3 shows a visible warning naming it",
                 driver.find_element(By.ID, "list-warnings").is_displayed()
                 and any(w.startswith("Warning: Step 3's waiting list is still growing") for w in warnings),
                 f"{warnings}")
    headline = driver.find_element(By.ID, "still-waiting-line").text
    checks.check("the headline says step 3's list grows", "step 3's list grows by about" in headline, headline)
    driver.find_element(By.ID, "predict-mode").click()  # back on


def check_still_waiting(driver, checks, base):
    """The headline of people still waiting, as the API gives it for the same inputs."""
    panel = driver.find_element(By.ID, "still-waiting")
    headline = driver.find_element(By.ID, "still-waiting-line").text
    checks.check("the still-waiting headline is shown for the hub",
                 panel.is_displayed() and headline.startswith("People still waiting: ")
                 and "over 18 weeks" in headline and "step 3's list" in headline, headline)
    code, api = http(f"{base}/api/simulate", page_request(driver, "sandwell-hub"))
    if checks.check("the direct API call for the hub answers", code == 200, f"HTTP {code}: {api}"):
        still = api["still_waiting"]
        checks.check("the headline is the API's", headline == still["headline"],
                     f"{headline!r} vs {still['headline']!r}")
        rows = driver.find_elements(By.CSS_SELECTOR, "#service-lists tbody tr")
        checks.check("one row per service list", len(rows) == len(still["services"]), f"{len(rows)} rows")


def check_one_step(driver, checks, base):
    Select(driver.find_element(By.ID, "preset")).select_by_value("one-step")
    set_value(driver, "replications", 4)
    set_value(driver, "years", 5)
    set_value(driver, "staff_wte", 2.25)
    set_value(driver, "guess", 3)
    checks.check("a first one-step run (2.25 WTE)", run_and_wait(driver).startswith("Done"))
    set_value(driver, "staff_wte", 2)
    set_value(driver, "guess", 10)
    status = run_and_wait(driver)
    checks.check("the one-step run finishes", status.startswith("Done"), status)
    request = page_request(driver, "one-step")
    code, api = http(f"{base}/api/simulate", request)
    if not checks.check("the direct API call answers", code == 200, f"HTTP {code}: {api}"):
        return
    wait = next(m for m in api["metrics"] if m["key"] == "wait_mean_days")
    shown = driver.find_element(By.ID, "result-wait")
    checks.check("the page's mean wait equals the API's", same(shown.get_attribute("data-value"), wait["mean"]),
                 f"{shown.get_attribute('data-value')} vs {wait['mean']}")
    checks.check("the mean wait is written as the API value", shown.text == fmt_days(wait["mean"]),
                 f"{shown.text!r} vs {fmt_days(wait['mean'])!r}")
    theory = api["theory"]
    line = driver.find_element(By.ID, "theory-line")
    for attribute, value in [("data-rho", theory["utilisation"]), ("data-erlang-wait", theory["wait_mean_days"]),
                             ("data-lambda-w", theory["little"]["lambda_times_wait"]),
                             ("data-list", theory["little"]["waiting_list_mean"])]:
        checks.check(f"theory line {attribute} equals the API's", same(line.get_attribute(attribute), value),
                     f"{line.get_attribute(attribute)} vs {value}")
    text = line.text
    checks.check("the theory line names rho, Erlang C and Little's law",
                 "ρ" in text and "Erlang C" in text and "Little" in text, text)
    checks.check("the theory line shows the Erlang C wait", fmt_days(theory["wait_mean_days"]) + " days" in text, text)
    rho = theory["utilisation"]
    checks.check("the utilisation is plausible for 16 places", 0.7 < rho < 0.95, str(rho))
    guess = driver.find_element(By.ID, "guess-value").text
    verdict = driver.find_element(By.ID, "guess-verdict").text
    checks.check("the guess is shown against the result as an absolute error with the interval",
                 guess == "10.0" and verdict.startswith("Your guess 10.0 days; the simulation ")
                 and ("too low" in verdict or "too high" in verdict or "inside the interval" in verdict),
                 f"{guess!r} / {verdict!r}")
    bars = driver.find_elements(By.CSS_SELECTOR, "#chart-waits rect.bar")
    checks.check("one bar per wait bin", len(bars) == len(api["waits"]["bins"]), f"{len(bars)} bars")
    checks.check("the waiting list is drawn",
                 len(driver.find_elements(By.CSS_SELECTOR, "#chart-list path.line")) == 1)
    checks.check("the Erlang C curve and this run are drawn",
                 len(driver.find_elements(By.CSS_SELECTOR, "#chart-curve path.theory-line")) == 1
                 and len(driver.find_elements(By.CSS_SELECTOR, "#chart-curve circle.run-point")) == 1)
    checks.check("the earlier run is on the curve chart",
                 len(driver.find_elements(By.CSS_SELECTOR, "#chart-curve circle.past-point")) >= 1)
    checks.check("no still-waiting headline for one-step",
                 api["still_waiting"] is None and not driver.find_element(By.ID, "still-waiting").is_displayed())


def screenshot(driver, path):
    driver.execute_script("window.scrollTo(0, 0)")
    for _ in range(2):  # the layout may grow once the window is taller
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(1400, max(1000, min(int(height) + 140, 4000)))
        time.sleep(0.3)
    path.parent.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(path))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stepwell", default=os.environ.get("STEPWELL", str(ROOT / ".build/release/stepwell")))
    parser.add_argument("--screenshot", default=str(ROOT / "Output/teaching-screenshot.png"))
    args = parser.parse_args()
    (ROOT / "Output").mkdir(exist_ok=True)
    checks = Checks()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(Path(args.stepwell), port)
    driver = None
    try:
        status, presets = http(f"{base}/api/presets")
        checks.check("the presets API answers", status == 200 and len(presets.get("presets", [])) == 4)
        driver = browser()
        driver.get(base + "/")
        WebDriverWait(driver, 20).until(
            lambda d: len(d.find_elements(By.CSS_SELECTOR, "#preset option")) == 4)
        checks.check("the page loads its presets", True)
        lessons.check_lessons(driver, checks, base, ROOT / "Output" / "teaching-lesson.png")
        lessons.check_keyboard(driver, checks)
        lessons.check_accessibility(driver, checks)
        check_refusals(driver, checks)
        check_sandwell(driver, checks, base)
        check_one_step(driver, checks, base)
        lessons.check_accessibility(driver, checks, "after the explorer's runs")
        screenshot(driver, Path(args.screenshot))
        checks.check("screenshot saved", Path(args.screenshot).stat().st_size > 10_000, args.screenshot)
        lessons.check_report(driver, checks, Path(args.stepwell), ROOT)
    except (TimeoutException, WebDriverException, RuntimeError, OSError) as error:
        checks.check("the browser session", False, f"{type(error).__name__}: {error}")
    finally:
        if driver is not None:
            driver.quit()
        stop_server(server)
    checks.check("the server stopped", server.poll() is not None)
    print(f"{checks.passed} passed, {checks.failed} failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
