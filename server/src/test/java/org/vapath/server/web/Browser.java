package org.vapath.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Debian's ChromeDriver through Selenium. Outside CI a
 * machine without them skips the browser tests with a message; in CI ({@code CI=true}) their
 * absence fails the build, so that the browser tests can never silently stop running.
 */
final class Browser implements AutoCloseable {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  /** axe-core, as the pinned com.deque.html.axe-core:selenium ships it (only this file of it is used). */
  private static final String AXE = axeScript();
  /**
   * Runs axe-core on the page and answers its serious and critical violations, one line each with
   * the elements concerned, as JSON (a string, so that Selenium hands it back whole).
   */
  private static final String AXE_RUN = "const done = arguments[arguments.length - 1];"
      + "axe.run(document, {resultTypes: ['violations']}).then((r) => done(JSON.stringify(r.violations"
      + ".filter((v) => v.impact === 'serious' || v.impact === 'critical')"
      + ".map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' at '"
      + " + v.nodes.slice(0, 6).map((n) => n.target.join(' ')).join(', ')))))"
      + ".catch((e) => done(JSON.stringify(['axe-core failed: ' + e])));";

  private static final ObjectMapper JSON = new ObjectMapper();

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

  /** axe-core's serious and critical violations on the page now shown; empty when there is none. */
  List<String> seriousAccessibilityViolations() {
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    driver.executeScript(AXE);
    Object found = driver.executeAsyncScript(AXE_RUN);
    try {
      return List.of(JSON.readValue(String.valueOf(found), String[].class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fails, listing them, when axe-core finds a serious or critical violation on the page now shown. */
  void assertAccessible(String page) {
    List<String> violations = seriousAccessibilityViolations();
    if (!violations.isEmpty()) {
      Assertions.fail(page + " (" + driver.getCurrentUrl() + "): " + violations.size()
          + " serious or critical accessibility violations:\n" + String.join("\n", violations));
    }
  }

  private static String axeScript() {
    try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Presses Tab until the element matching {@code css} has the focus, as a keyboard user would,
   * and checks that the focus is visible (an outline of at least 2 px); fails after {@code most} presses.
   */
  WebElement tabTo(String css, int most) {
    WebElement target = find(css);
    for (int i = 0; i < most; i++) {
      if (target.equals(driver.switchTo().activeElement())) {
        String outline = (String) driver.executeScript("const s = getComputedStyle(document.activeElement);"
            + " return s.outlineStyle + ' ' + s.outlineWidth;");
        Assertions.assertFalse(outline.startsWith("none") || outline.endsWith(" 0px") || outline.endsWith(" 1px"),
            () -> css + ": the keyboard focus is not visible (outline " + outline + ")");
        return target;
      }
      new Actions(driver).sendKeys(Keys.TAB).perform();
    }
    return Assertions.fail(css + " is not reached with " + most + " presses of Tab");
  }

  /** Types into the element that has the focus. */
  void type(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
  }

  /** Presses Enter on the focused control and waits for the page it opens. */
  void enterAndWait() {
    WebElement old = find("html");
    new Actions(driver).sendKeys(Keys.ENTER).perform();
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> isStale(old)
        && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  String cookie(String name) {
    return driver.manage().getCookieNamed(name).getValue();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
