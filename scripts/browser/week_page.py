#!/usr/bin/env python3
"""Drives the inspectors' week on the sampler's page in headless Chromium, as an inspector would.

Usage: week_page.py SIGN_IN_URL SCREENSHOT_PNG

Signs in with the one-time link, opens /week, reads its day headings and tables, opens the first
conversation's briefing, tries a conversation that is not theirs and takes a screenshot of the
briefing. Prints what it saw as one JSON object; exits non-zero if the browser cannot start.
"""
import json
import sys
from urllib.parse import urlsplit

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

WAIT_SECONDS = 30


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1600"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def texts(driver, selector):
    return [element.text for element in driver.find_elements(By.CSS_SELECTOR, selector)]


def main():
    sign_in, screenshot = sys.argv[1:3]
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(sign_in))
    driver = browser()
    seen = {}
    try:
        driver.get(sign_in)
        driver.find_element(By.ID, "sign-in").click()
        WebDriverWait(driver, WAIT_SECONDS).until(lambda d: urlsplit(d.current_url).path == "/")
        driver.get(origin + "/week")
        seen["lang"] = driver.find_element(By.TAG_NAME, "html").get_attribute("lang")
        seen["heading"] = driver.find_element(By.TAG_NAME, "h1").text
        seen["days"] = texts(driver, "main h2")
        seen["captions"] = texts(driver, "main table caption")
        seen["rows"] = len(driver.find_elements(By.CSS_SELECTOR, "main table tbody tr"))
        seen["headers_without_scope"] = len([th for th in driver.find_elements(By.CSS_SELECTOR, "main th") if not th.get_attribute("scope")])
        seen["calendar_link"] = driver.find_element(By.ID, "download-ics").get_attribute("href")
        links = driver.find_elements(By.CSS_SELECTOR, "main table tbody a")
        seen["links"] = [urlsplit(link.get_attribute("href")).path for link in links]
        links[0].click()
        WebDriverWait(driver, WAIT_SECONDS).until(lambda d: d.find_element(By.TAG_NAME, "h1").text.startswith("Briefing"))
        seen["briefing_heading"] = driver.find_element(By.TAG_NAME, "h1").text
        seen["briefing_sections"] = texts(driver, "main h2")
        seen["briefing_row_headers"] = texts(driver, "main th[scope=row]")
        seen["children_rows"] = len(driver.find_elements(By.CSS_SELECTOR, "#children tbody tr"))
        seen["briefing_headers_without_scope"] = len(
            [th for th in driver.find_elements(By.CSS_SELECTOR, "main th") if not th.get_attribute("scope")])
        driver.save_screenshot(screenshot)
        driver.get(origin + "/week/conversations/999999")
        seen["other_heading"] = driver.find_element(By.TAG_NAME, "h1").text
        seen["console_errors"] = [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"
                                  and "999999" not in entry["message"]]
    finally:
        driver.quit()
    json.dump(seen, sys.stdout)


if __name__ == "__main__":
    main()
