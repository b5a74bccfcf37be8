package org.vapath.core.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Says, at the end of a module's tests, which tests did not run and how to run them (no Chromium,
 * no PostgreSQL server): a skipped test is never silent. Registered through
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener} in the modules that
 * have such tests.
 */
public final class SkippedTestsReport implements TestExecutionListener {
  /** The tests (or classes) not run, by the reason given. */
  private final Map<String, List<String>> skipped = new LinkedHashMap<>();

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    skipped.computeIfAbsent(reason, r -> new ArrayList<>()).add(test.getDisplayName());
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      String reason = result.getThrowable().map(Throwable::getMessage).orElse("aborted")
          .replace("Assumption failed: ", "");
      skipped.computeIfAbsent(reason, r -> new ArrayList<>()).add(test.getDisplayName());
    }
  }

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    if (skipped.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder("\n=== Tests NOT run (skipped) ===\n");
    skipped.forEach((reason, tests) -> text.append("  - ").append(tests.size() == 1 ? tests.get(0)
        : tests.size() + " tests (" + tests.get(0) + ", ...)").append(": ").append(reason).append('\n'));
    text.append("=== .ci/run installs and starts what they need; see the README, \"Development\" ===\n");
    System.out.print(text);
  }
}
