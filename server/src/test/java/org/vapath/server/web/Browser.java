package org.vapath.server.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Debian's ChromeDriver through Selenium. Outside CI a
 * machine without them skips the browser tests with a message; in CI ({@code CI=true}) their
 * absence fails the build, so that the browser tests can never silently stop running.
 */
final class Browser implements AutoCloseable {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final ChromeDriver driver;
  private final String base;

  private Browser(ChromeDriver driver, String base) {
    this.driver = driver;
    this.base = base;
  }

  static Browser open(String base, Path profile) {
    Path chromium = Path.of(System.getenv().getOrDefault("VAPATH_CHROMIUM", "/usr/bin/chromium"));
    Path chromedriver = Path.of(System.getenv().getOrDefault("VAPATH_CHROMEDRIVER", "/usr/bin/chromedriver"));
    if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
      String why = "no Chromium at " + chromium + " or no ChromeDriver at " + chromedriver
          + " (Debian: apt-get install chromium chromium-driver; or set VAPATH_CHROMIUM / VAPATH_CHROMEDRIVER)";
      if ("true".equals(System.getenv("CI"))) {
        Assertions.fail(why);
      }
      Assumptions.abort(why);
    }
    ChromeOptions options = new ChromeOptions().setBinary(chromium.toFile()).addArguments("--headless=new",
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--window-size=1280,1600", "--lang=en-GB");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
        .usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return new Browser(driver, base);
  }

  void go(String path) {
    driver.get(base + path);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  String text(String css) {
    return find(css).getText();
  }

  /** Sets a date input's value as a date picker would; typing into it depends on the browser's locale. */
  void date(WebElement input, String isoDate) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input, isoDate);
  }

  /** Clicks a submit button and waits for the next page. */
  void submit(String css) {
    submit(find(css));
  }

  /** Clicks this submit button and waits until the next page has replaced this one and finished loading. */
  void submit(WebElement button) {
    WebElement old = find("html");
    button.click();
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> isStale(old)
        && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  private static boolean isStale(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (org.openqa.selenium.WebDriverException e) {
      return true; // stale, or already gone from the document: the next page is loading
    }
  }

  /** Keeps a full-page screenshot as a test artefact in target/screenshots. */
  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String cookie(String name) {
    return driver.manage().getCookieNamed(name).getValue();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
