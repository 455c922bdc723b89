#!/usr/bin/env python3
"""Drives the sampler's web page in headless Chromium, as an inspector would.

Usage: sampler_page.py SIGN_IN_URL SCREENSHOT_PNG DOWNLOAD_DIR

Signs in with the one-time link, opens the first sample, opens a sampled child's rows, tries a
child who is not in the sample, asks for two more cases, downloads the list and takes a
screenshot. Prints what it saw as one JSON object; exits non-zero if the browser cannot start.
"""
import json
import os
import sys
import time
from urllib.parse import urlsplit

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

WAIT_SECONDS = 30


def wait_for(driver, condition):
    """Waits until condition(driver) is true: a click returns before the next page has loaded."""
    WebDriverWait(driver, WAIT_SECONDS).until(condition)


def browser(download_dir):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1600"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    options.add_experimental_option("prefs", {"download.default_directory": download_dir, "download.prompt_for_download": False})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def main():
    sign_in, screenshot, download_dir = sys.argv[1:4]
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(sign_in))
    driver = browser(download_dir)
    seen = {}
    try:
        driver.get(sign_in)
        driver.find_element(By.ID, "sign-in").click()
        wait_for(driver, lambda d: d.find_elements(By.ID, "samples") or "Samples" in d.find_element(By.TAG_NAME, "h1").text)
        seen["heading_after_sign_in"] = driver.find_element(By.TAG_NAME, "h1").text
        seen["cookie_flags"] = [
            {"name": c.get("name"), "httpOnly": c.get("httpOnly"), "secure": c.get("secure"), "sameSite": c.get("sameSite")}
            for c in driver.get_cookies()
        ]
        driver.find_element(By.CSS_SELECTOR, "#samples a").click()
        wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#picks tbody tr"))
        seen["rows_before"] = len(driver.find_elements(By.CSS_SELECTOR, "#picks tbody tr"))
        first_child = driver.find_element(By.CSS_SELECTOR, "#picks tbody tr a")
        child_href = first_child.get_attribute("href")
        sample_url = driver.current_url
        driver.get(child_href)
        seen["child_tables"] = len(driver.find_elements(By.CSS_SELECTOR, "main table"))
        driver.get(sample_url.rstrip("/") + "/children/not-a-sampled-child")
        seen["other_child_heading"] = driver.find_element(By.TAG_NAME, "h1").text
        driver.get(sample_url)
        more = driver.find_element(By.ID, "more")
        more.clear()
        more.send_keys("2")
        driver.find_element(By.ID, "extend").click()
        before = seen["rows_before"]
        wait_for(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#picks tbody tr")) != before)
        seen["rows_after"] = len(driver.find_elements(By.CSS_SELECTOR, "#picks tbody tr"))
        seen["ticket_cells"] = [cell.text for cell in driver.find_elements(By.CSS_SELECTOR, "#picks tbody td.ticket")][:3]
        driver.save_screenshot(screenshot)
        driver.find_element(By.ID, "download").click()
        # Chromium creates the file empty, writes NAME.crdownload and renames it when done.
        for _ in range(200):
            names = os.listdir(download_dir)
            done = [name for name in names if name.endswith(".csv") and os.path.getsize(os.path.join(download_dir, name)) > 0]
            if done and not any(name.endswith(".crdownload") for name in names):
                with open(os.path.join(download_dir, done[0]), encoding="utf-8") as handle:
                    seen["downloaded_lines"] = len(handle.read().strip().splitlines())
                break
            time.sleep(0.1)
        seen["console_errors"] = [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"
                                  and "not-a-sampled-child" not in entry["message"]]
        seen["origin"] = origin
    finally:
        driver.quit()
    json.dump(seen, sys.stdout)


if __name__ == "__main__":
    main()
