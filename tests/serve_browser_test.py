#!/usr/bin/python3
"""kvreg serve in headless Chromium (issue 16): upload the corpus, see a year's overview with
the right statuses, open a unit's history, open a document and find a highlighted unit, make a
correction, download CSV and XLSX and check their content. A screenshot of each page is kept in
SCREENSHOTS. Waits for elements and conditions, never for a fixed time.

usage: serve_browser_test.py KVREG_BINARY SOURCE_DIR SCREENSHOTS
"""
import csv
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

KVREG, SOURCE, SHOTS = sys.argv[1], sys.argv[2], sys.argv[3]
YEAR = "2024"
TIMEOUT = 60  # seconds any one condition may take


def start_server(db):
    server = subprocess.Popen([KVREG, "serve", "--db", db, "--port", "0"],
                              stdout=subprocess.PIPE, text=True)
    line = server.stdout.readline()  # "kvreg serve: http://127.0.0.1:PORT/"
    assert line.startswith("kvreg serve: http://"), line
    return server, line.split()[2].rstrip("/")


def start_browser(profile, downloads):
    options = webdriver.ChromeOptions()
    for flag in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                 "--window-size=1280,900", "--user-data-dir=" + profile, "--lang=sv"]:
        options.add_argument(flag)
    options.binary_location = "/usr/bin/chromium"
    options.add_experimental_option("prefs", {"download.default_directory": downloads,
                                              "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.execute_cdp_cmd("Page.setDownloadBehavior",
                           {"behavior": "allow", "downloadPath": downloads})
    return driver


def shot(driver, name):
    driver.save_screenshot(os.path.join(SHOTS, name + ".png"))


def wait(driver, condition):
    return WebDriverWait(driver, TIMEOUT).until(condition)


def import_corpus(driver, base):
    driver.get(base + "/importera")
    files = sorted(glob.glob(os.path.join(SOURCE, "corpus", "*.pdf")))
    driver.find_element(By.ID, "filer").send_keys("\n".join(files))
    driver.find_element(By.CSS_SELECTOR, "#upload button").click()
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "table.import[data-state='done']"))
    rows = driver.find_elements(By.CSS_SELECTOR, "table.import tbody tr")
    assert len(rows) == len(files), (len(rows), len(files))
    outcomes = [r.get_attribute("class") for r in rows]
    assert all(o == "outcome imported" for o in outcomes), outcomes
    shot(driver, "importera")


def check_overview(driver, base):
    driver.get(base + "/oversikt?ar=" + YEAR)
    # The clerk's expected list: what no document names shows as "ej anmäld".
    expected_list = os.path.join(SOURCE, "corpus", "expected-participations.csv")
    driver.find_element(By.NAME, "lista").send_keys(expected_list)
    driver.find_element(By.CSS_SELECTOR, "section.expected button").click()
    wait(driver, EC.presence_of_element_located((By.CSS_SELECTOR, ".message.ok")))
    driver.get(base + "/oversikt?ar=" + YEAR)
    wait(driver, EC.presence_of_element_located((By.CSS_SELECTOR, "table.participations")))
    shown = {}
    for row in driver.find_elements(By.CSS_SELECTOR, "table.participations tbody tr"):
        cells = row.find_elements(By.TAG_NAME, "td")
        shown[(cells[1].text, cells[0].text)] = row.get_attribute("class")
    with open(os.path.join(SOURCE, "corpus", "expected-statuses.csv"), encoding="utf-8-sig") as f:
        expected = {(r["nämnd"], r["enhet"]): r["status"]
                    for r in csv.DictReader(f, delimiter=";") if r["år"] == YEAR}
    assert expected, "no expected statuses for " + YEAR
    for key, status in expected.items():
        assert shown.get(key) == status, (key, status, shown.get(key))
    shot(driver, "oversikt")
    return next(iter(expected))[1]


def open_unit_and_document(driver, base, unit):
    driver.find_element(By.LINK_TEXT, unit).click()
    wait(driver, EC.title_contains(unit))
    assert driver.find_element(By.TAG_NAME, "h1").text == unit
    years = driver.find_elements(By.CSS_SELECTOR, "table.participations tbody tr")
    assert years, "no history"
    shot(driver, "enhet")
    link = driver.find_element(By.CSS_SELECTOR, "table.participations a[href^='/dokument/']")
    link.click()
    wait(driver, EC.presence_of_element_located((By.CSS_SELECTOR, ".document pre")))
    marks = [m for m in driver.find_elements(By.CSS_SELECTOR, "mark.unit") if unit in m.text]
    assert marks, "the unit is not highlighted in the document"
    shot(driver, "dokument")
    driver.find_element(By.CSS_SELECTOR, "ul.values li.unit a").click()
    assert driver.find_element(By.CSS_SELECTOR, "mark.unit:target")
    # Every value listed as found links to a mark that exists.
    for link in driver.find_elements(By.CSS_SELECTOR, "ul.values a"):
        target = link.get_attribute("href").split("#")[1]
        assert driver.find_elements(By.ID, target), "no mark for " + link.text


def make_correction(driver, base):
    driver.get(base + "/granska")
    wait(driver, EC.presence_of_element_located((By.CSS_SELECTOR, "article.item")))
    shot(driver, "granska")
    item = driver.find_element(By.CSS_SELECTOR, "article.item")
    item_id = item.get_attribute("id")
    form = item.find_element(By.CSS_SELECTOR, "form[action='/api/review/done']")
    form.find_element(By.NAME, "by").send_keys("anna.k")
    form.find_element(By.NAME, "note").send_keys("kontrollerad i webbläsaren")
    form.find_element(By.TAG_NAME, "button").click()
    wait(driver, EC.presence_of_element_located((By.CSS_SELECTOR, ".message.ok")))
    assert not driver.find_elements(By.ID, item_id), "the item is still in the queue"
    driver.get(base + "/logg")
    entry = wait(driver, EC.presence_of_element_located((By.CSS_SELECTOR, "table.log tbody tr")))
    assert "anna.k" in entry.text and "granskad" in entry.text, entry.text
    shot(driver, "logg")


def wait_for_download(folder, suffix):
    def done(_):
        names = [n for n in os.listdir(folder) if n.endswith(suffix)]
        return os.path.join(folder, names[0]) if names else False
    return done


def download_exports(driver, base, downloads):
    driver.get(base + "/exportera")
    Select(driver.find_element(By.NAME, "ar")).select_by_visible_text(YEAR)
    shot(driver, "exportera")
    driver.find_element(By.CSS_SELECTOR, "button[formaction='/export.csv']").click()
    path = wait(driver, wait_for_download(downloads, ".csv"))
    with open(path, encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    assert rows and all(r["år"] == YEAR for r in rows), rows[:2]
    driver.get(base + "/exportera")
    Select(driver.find_element(By.NAME, "ar")).select_by_visible_text(YEAR)
    driver.find_element(By.XPATH, "//button[contains(., 'XLSX')]").click()
    path = wait(driver, wait_for_download(downloads, ".xlsx"))
    with zipfile.ZipFile(path) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
        strings = book.read("xl/sharedStrings.xml").decode()
        workbook = book.read("xl/workbook.xml").decode()
    assert 'state="frozen"' in sheet and "<autoFilter" in sheet, "no frozen header or filter"
    assert 'name="' + YEAR + '"' in workbook
    assert rows[0]["enhet"].replace("&", "&amp;") in strings
    assert "anmäld" in strings or "ej anmäld" in strings or "väntar på beslut" in strings


def search(driver, base):
    driver.get(base + "/sok?q=Kvalitetsutm%C3%A4rkelsen")
    wait(driver, EC.presence_of_element_located((By.CSS_SELECTOR, "ol.hits li mark")))
    shot(driver, "sok")


def main():
    os.makedirs(SHOTS, exist_ok=True)
    work = tempfile.mkdtemp(prefix="kvreg-browser-")
    downloads = os.path.join(work, "downloads")
    os.makedirs(downloads)
    server, base = start_server(os.path.join(work, "r.sqlite"))
    driver = None
    try:
        driver = start_browser(os.path.join(work, "profile"), downloads)
        import_corpus(driver, base)
        unit = check_overview(driver, base)
        open_unit_and_document(driver, base, unit)
        make_correction(driver, base)
        download_exports(driver, base, downloads)
        search(driver, base)
        print("browser test passed; screenshots in", SHOTS)
    finally:
        if driver:
            driver.quit()
        server.terminate()
        server.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
