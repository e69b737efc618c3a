"""What a person sees in a real browser: headless Chromium driven by selenium against `protokol serve`.

Run by scripts/browser-test: python3 browser_test.py PROTOKOL_BINARY SEEDS_DIR ARTIFACTS_DIR
Screenshots of every step go to ARTIFACTS_DIR; any failed check exits non-zero with the step's name.
"""
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.common.exceptions import TimeoutException, WebDriverException
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

SECRET = "SKATTEKISTE-7F3A9"
# Minutes whose closed item holds SECRET (shared with the Swift tests).
CLOSED_MINUTES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Fixtures", "closed-item-minutes.txt")


class Check(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Check(message)


def main():
    binary, seeds, artifacts = sys.argv[1], sys.argv[2], sys.argv[3]
    os.makedirs(artifacts, exist_ok=True)
    work = tempfile.mkdtemp(prefix="protokol-browser-")
    corpus = os.path.join(work, "corpus")
    shutil.copytree(seeds, corpus)
    shutil.copy(CLOSED_MINUTES, os.path.join(corpus, "faxe-lukket.txt"))
    db = os.path.join(work, "protokol.sqlite")
    subprocess.run([binary, "import", corpus, "--db", db], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([binary, "user", "add", "anna", "--body", "Faxe Kommune", "--committee", "Økonomiudvalget", "--db", db],
                   input="anna-hemmelig\n", text=True, check=True, stdout=subprocess.DEVNULL)

    port = random.randint(20000, 60000)
    log = open(os.path.join(artifacts, "server.log"), "w")
    server = subprocess.Popen([binary, "serve", "--db", db, "--port", str(port)], stdout=log, stderr=log)
    base = f"http://127.0.0.1:{port}"
    driver = None
    step = "start"
    try:
        for _ in range(100):
            try:
                if urllib.request.urlopen(base + "/health", timeout=1).read() == b"ok":
                    break
            except OSError:
                time.sleep(0.1)
        options = Options()
        options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
        for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=da"]:
            options.add_argument(argument)
        driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
        driver.implicitly_wait(2)
        # While a page loads, elements of the old one go stale: a wait keeps asking instead of failing.
        wait = WebDriverWait(driver, 10, ignored_exceptions=(WebDriverException,))

        def until(condition, message):
            try:
                wait.until(condition)
            except TimeoutException:
                raise Check(message)

        def shot(name):
            driver.save_screenshot(os.path.join(artifacts, name + ".png"))

        def text():
            return driver.find_element(By.TAG_NAME, "body").text

        step = "front page"
        driver.get(base + "/")
        check("Udvalgsreferater" in driver.find_element(By.TAG_NAME, "h1").text, "the front page has its heading")
        for body in ["Lemvig Kommune", "Vejen Kommune", "Lejre Kommune", "Herlev Kommune", "Faxe Kommune"]:
            check(driver.find_elements(By.LINK_TEXT, body), f"the front page links {body}")
        # Keyboard: the first Tab reaches the skip link.
        driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
        check(driver.switch_to.active_element.text == "Spring til indhold", "the first Tab focuses the skip link")
        shot("01-forside")

        step = "search"
        box = driver.find_element(By.ID, "q")
        box.send_keys("skærpet tilsyn")
        box.send_keys(Keys.ENTER)
        wait.until(expected_conditions.url_contains("/soeg"))
        check(re.search(r"\d+ resultat(er)? for »skærpet tilsyn«", text()), "the search says how many hits")
        marks = [m.text.lower() for m in driver.find_elements(By.TAG_NAME, "mark")]
        check(any(m.startswith("skærp") or m.startswith("tilsyn") for m in marks), f"the hits are highlighted: {marks[:5]}")
        check("Lejre Kommune" in text(), "the hit names its municipality")
        shot("02-soegning")

        step = "meeting"
        hit = driver.find_element(By.CSS_SELECTOR, "main ol li a")
        hit_text = hit.text
        hit.click()
        wait.until(expected_conditions.url_contains("/moede/"))
        check("Lejre" in text() or "Lejre" in hit_text, "the hit leads to Lejre's minutes")
        shot("03-moede-eller-punkt")
        # Whatever the hit opened, the meeting page has a table of contents that opens each item.
        if "/punkt/" in driver.current_url:
            step = "item page"
            check(driver.find_elements(By.TAG_NAME, "h1"), "the item page has a heading")
            meeting_link = [a for a in driver.find_elements(By.CSS_SELECTOR, "nav a") if "/moede/" in a.get_attribute("href") and "/punkt/" not in a.get_attribute("href")]
            check(meeting_link, "the item page links back to its meeting")
            meeting_link[-1].click()
            wait.until(lambda d: "/punkt/" not in d.current_url)
        step = "meeting page"
        check("Indhold" in text(), "the meeting page has a table of contents")
        shot("04-moede")
        step = "item"
        items = driver.find_elements(By.CSS_SELECTOR, "main ol li a")
        check(items, "the table of contents lists the items")
        first_title = items[0].text
        items[0].click()
        time.sleep(0.3)
        check("Punkt 1" in text() or first_title.split(":")[-1].strip() in text(), "the item opens with its text")
        shot("05-punkt")

        step = "closed item, public"
        driver.get(base + "/")
        driver.find_element(By.LINK_TEXT, "Faxe Kommune").click()
        driver.find_element(By.LINK_TEXT, "Økonomiudvalget").click()
        check("2024" in text(), "the committee page lists its meetings by year")
        shot("06a-udvalg")
        driver.find_element(By.PARTIAL_LINK_TEXT, "12. marts 2024").click()
        check("Køb af grund ved havnen" in text(), "the closed item's title is shown")
        check(SECRET not in driver.page_source and "4.200.000" not in driver.page_source, "the public does not see the closed item")
        faxe_meeting = driver.current_url
        shot("06-lukket-punkt-offentligt")

        step = "login"
        driver.find_element(By.LINK_TEXT, "Log ind").click()
        driver.find_element(By.ID, "brugernavn").send_keys("anna")
        driver.find_element(By.ID, "adgangskode").send_keys("forkert-kode")
        driver.find_element(By.CSS_SELECTOR, "main form button").click()
        until(lambda d: "Forkert brugernavn eller adgangskode." in d.page_source, "a wrong password says so")
        shot("07-forkert-kode")
        driver.find_element(By.ID, "adgangskode").send_keys("anna-hemmelig")
        driver.find_element(By.CSS_SELECTOR, "main form button").click()
        until(lambda d: "Logget ind som" in d.find_element(By.TAG_NAME, "header").text, "the header names the member")
        shot("08-logget-ind")

        step = "closed item, member"
        driver.get(faxe_meeting)
        check(SECRET in text(), "the member sees the closed item's text")
        check("4.200.000" in text(), "the member sees the closed item's amount")
        shot("09-lukket-punkt-medlem")
        step = "closed item page, member"
        driver.find_element(By.PARTIAL_LINK_TEXT, "Køb af grund ved havnen").click()
        time.sleep(0.3)
        check(SECRET in text(), "the member sees the closed item on its own page")
        shot("09a-lukket-punkt-side-medlem")

        step = "logout"
        driver.find_element(By.CSS_SELECTOR, "header form.account button").click()
        until(lambda d: d.find_elements(By.LINK_TEXT, "Log ind"), "after logging out the header offers to log in")
        driver.get(faxe_meeting)
        check(SECRET not in driver.page_source, "after logging out the closed item is hidden again")
        shot("10-logget-ud")
        print(f"browser test: all steps passed; screenshots in {artifacts}")
        return 0
    except Exception as error:  # report the step and keep a screenshot of where it failed
        if driver is not None:
            driver.save_screenshot(os.path.join(artifacts, "failed.png"))
        print(f"browser test failed at step '{step}': {error}", file=sys.stderr)
        return 1
    finally:
        if driver is not None:
            driver.quit()
        server.terminate()
        server.wait(timeout=20)
        log.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
