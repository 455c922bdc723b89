#!/usr/bin/env python3
"""Drives the case-audit web form in headless Chromium, as an auditor and then a moderator would.

Usage: audit_form.py AUDITOR_SIGN_IN_URL MODERATOR_SIGN_IN_URL CASE_PATH OTHER_CASE_PATH SCREENSHOT_PNG

As the auditor: sign in, open the case, try to finish an empty form (refused, with a summary of
the problems), save a draft with one grade, see it kept, grade everything, finish, see the
audit is final, and be refused another auditor's case. As the moderator: sign in, open the
same case before finishing (no auditor's grade on the page), grade everything, finish, and
see both audits side by side. Prints what it saw as one JSON object; exits non-zero if the
browser cannot start.
"""
import json
import sys
from urllib.parse import urlsplit

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

WAIT_SECONDS = 30


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,2400"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def heading(driver):
    return driver.find_element(By.TAG_NAME, "h1").text


def click_and_wait(driver, element_id, condition):
    """Clicks a submit button and waits for the next page: a click returns before it has loaded."""
    old = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.ID, element_id).click()
    WebDriverWait(driver, WAIT_SECONDS).until(lambda d: old.id != d.find_element(By.TAG_NAME, "html").id and condition(d))


def sign_in(driver, url):
    driver.get(url)
    click_and_wait(driver, "sign-in", lambda d: heading(d) == "Your audits")


def grade_all(driver, grade):
    for select in driver.find_elements(By.CSS_SELECTOR, "select[id^='grade-'], select#overall"):
        Select(select).select_by_visible_text(grade)


def main():
    auditor_url, moderator_url, case_path, other_path, screenshot = sys.argv[1:6]
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(auditor_url))
    driver = browser()
    seen = {}
    try:
        sign_in(driver, auditor_url)
        seen["auditor_cases"] = len(driver.find_elements(By.CSS_SELECTOR, "#audits tbody tr"))
        driver.get(origin + case_path)
        seen["form_heading"] = heading(driver)
        seen["selects"] = len(driver.find_elements(By.CSS_SELECTOR, "select[id^='grade-']"))
        seen["unlabelled"] = driver.execute_script(
            "return [...document.querySelectorAll('select, textarea')].filter(e => !document.querySelector(`label[for='${e.id}']`)).length")
        click_and_wait(driver, "finish", lambda d: d.find_elements(By.ID, "error-summary"))
        seen["refused_problems"] = len(driver.find_elements(By.CSS_SELECTOR, "#error-summary li"))
        seen["summary_role"] = driver.find_element(By.ID, "error-summary").get_attribute("role")
        seen["invalid_fields"] = len(driver.find_elements(By.CSS_SELECTOR, "[aria-invalid='true'][aria-describedby]"))
        Select(driver.find_element(By.ID, "grade-1")).select_by_visible_text("good")
        driver.find_element(By.ID, "comment-1").send_keys("draft comment")
        click_and_wait(driver, "save-draft", lambda d: not d.find_elements(By.ID, "error-summary"))
        seen["draft_grade"] = Select(driver.find_element(By.ID, "grade-1")).first_selected_option.text
        seen["draft_comment"] = driver.find_element(By.ID, "comment-1").get_attribute("value")
        driver.get(origin + "/audits")
        seen["states"] = [cell.text for cell in driver.find_elements(By.CSS_SELECTOR, "#audits tbody td:nth-child(2)")]
        driver.get(origin + case_path)
        grade_all(driver, "good")
        click_and_wait(driver, "finish", lambda d: d.find_elements(By.ID, "final-notice"))
        seen["final_notice"] = driver.find_element(By.ID, "final-notice").text
        seen["auditor_columns"] = [th.text for th in driver.find_elements(By.CSS_SELECTOR, "#grades thead th")]
        driver.get(origin + other_path)
        seen["other_case_heading"] = heading(driver)
        driver.delete_all_cookies()

        sign_in(driver, moderator_url)
        seen["moderator_tasks"] = len(driver.find_elements(By.CSS_SELECTOR, "#moderations tbody tr"))
        driver.get(origin + case_path)
        seen["moderator_heading"] = heading(driver)
        seen["blind"] = "auditor's grade" not in driver.page_source.lower() and "draft comment" not in driver.page_source
        grade_all(driver, "requires improvement")
        for area in driver.find_elements(By.CSS_SELECTOR, "textarea[id^='comment-']"):
            area.send_keys("plan lacks timescales")
        click_and_wait(driver, "finish", lambda d: d.find_elements(By.ID, "final-notice"))
        seen["moderator_columns"] = [th.text for th in driver.find_elements(By.CSS_SELECTOR, "#grades thead th")]
        seen["agree_form"] = len(driver.find_elements(By.ID, "agree"))
        driver.save_screenshot(screenshot)
        seen["console_errors"] = [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"
                                  and " 400 " not in entry["message"] and " 404 " not in entry["message"]]
    finally:
        driver.quit()
    json.dump(seen, sys.stdout)


if __name__ == "__main__":
    main()
