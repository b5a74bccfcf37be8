package org.vapath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.SequenceInputStream;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vapath.core.json.KnowledgePackJson;
import org.vapath.core.Vignettes;
import org.vapath.registry.Registry;

/** The command line against careless and hostile input: one line on standard error, exit 2, never a trace. */
class HostileInputTest {
  private static final String P01 = Vignettes.read("/vignettes/P01-osteoporotic-classic.case.json");

  @TempDir
  Path dir;

  record Run(int exit, String out, String err) {
  }

  private static Run run(InputStream stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, stdin, out, new PrintWriter(err, true));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
  }

  private static Run run(String stdin, String... args) {
    return run(new java.io.ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
  }

  private static void oneLineRefusal(Run run, String words) {
    assertThat(run.exit()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains(words).doesNotContain("Exception").doesNotContain("\tat ");
  }

  /** {@code head}, then {@code item} repeated to about {@code bytes}, then {@code tail}: made as read, never held. */
  private static InputStream huge(String head, String item, long bytes, String tail) {
    byte[] one = item.getBytes(StandardCharsets.UTF_8);
    InputStream middle = new InputStream() {
      private long sent;

      @Override
      public int read() {
        return sent < bytes ? one[(int) (sent++ % one.length)] : -1;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        if (sent >= bytes) {
          return -1;
        }
        int n = (int) Math.min(length, bytes - sent);
        for (int i = 0; i < n; i++) {
          buffer[offset + i] = one[(int) (sent++ % one.length)];
        }
        return n;
      }
    };
    return new SequenceInputStream(new SequenceInputStream(new java.io.ByteArrayInputStream(head.getBytes(
        StandardCharsets.UTF_8)), middle), new java.io.ByteArrayInputStream(tail.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aGigabyteArrayInACaseIsRefusedAtItsLimitWithoutReadingTheRest() {
    Run run = run(huge("{\"allergies\":[", "\"a\",", 1L << 30, "\"a\"]}"), "assess", "-");

    oneLineRefusal(run, "allergies: has more than 10000 items");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void anNdjsonLineLongerThanAnyCaseIsRefusedAndTheNextLinesAreStillAssessed() {
    Run run = run(huge("{\"allergies\":[", "\"a\",", 100_000_000L, "\"a\"]}\n" + P01.replace("\n", " ") + "\n"),
        "assess", "--ndjson", "-", "--no-progress");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out().lines()).hasSize(2);
    assertThat(run.out().lines().findFirst().orElseThrow()).contains("\"line\":1").contains("is longer than");
    assertThat(run.out().lines().skip(1).findFirst().orElseThrow()).contains("\"decision\":\"INDICATED\"");
  }

  @Test
  void aDateThatDoesNotExistIsNamedInWords() {
    Run run = run(P01, "assess", "-", "--today", "2026-02-30");

    oneLineRefusal(run, "'2026-02-30' is not a calendar date as yyyy-mm-dd");
    assertThat(run.err()).doesNotContain("DateTimeParse");
  }

  @Test
  void aPasswordIsReportedAsThePasswordWhetherTooShortOrTooLongForBcrypt() {
    String data = dir.resolve("data").toString();

    Run shortOne = run("short\n", "admin", "create", "--data", data, "--username", "dr.b");
    Run longOne = run("x".repeat(73) + "\n", "admin", "create", "--data", data, "--username", "dr.b");
    Run badName = run("a long enough password\n", "admin", "create", "--data", data, "--username", "dr b");

    oneLineRefusal(shortOne, "vapath: password: must have at least 12 characters");
    oneLineRefusal(longOne, "vapath: password: must have at most 72 bytes");
    oneLineRefusal(badName, "vapath: --username: must be 2-100 letters");
  }

  @Test
  void aDataFolderInUseIsSaidPlainly() {
    Path data = dir.resolve("busy");
    try (Registry held = Registry.embedded(data, KnowledgePackJson.embedded())) {
      Run run = run("a long enough password\n", "admin", "create", "--data", data.toString(), "--username", "dr.c");

      oneLineRefusal(run, "is in use by another VAPath");
      assertThat(run.err()).doesNotContain("internal error");
    }
  }

  @Test
  void aSheetIsWrittenForADrugNameWithATabALineBreakAndANul() throws Exception {
    Path kase = Files.writeString(dir.resolve("case.json"), P01.replace("\"medications\": []",
        "\"medications\": [{\"name\": \"warfarin\\t5 mg\\nx\\u0000\"}]"));

    Run run = run("", "sheet", kase.toString(), "-o", dir.resolve("sheet.pdf").toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readString(dir.resolve("sheet.pdf"), StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
  }

  @Test
  void serveRefusesARegistryWithoutAdministratorBeforeOpeningThePort() {
    Run run = run("", "serve", "--port", "0", "--database-url", "jdbc:h2:mem:no-admin;DB_CLOSE_DELAY=-1");

    oneLineRefusal(run, "--database-url: names a registry with no administrator yet");
  }

  @Test
  void theFirstAdministratorCanSignInFromTheFirstMomentThePortAnswers() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Path data = dir.resolve("first");
    AtomicInteger exit = new AtomicInteger(-1);
    Thread serving = new Thread(() -> exit.set(run("", "serve", "--port", Integer.toString(port), "--data",
        data.toString()).exit()));
    serving.start();
    try {
      boolean listening = false;
      for (long deadline = System.nanoTime() + 60_000_000_000L; !listening && System.nanoTime() < deadline; ) {
        try (java.net.Socket probe = new java.net.Socket("localhost", port)) {
          listening = true;
        } catch (java.io.IOException e) {
          Thread.sleep(2); // not listening yet
        }
      }
      // From the moment the port accepts a connection, the administrator exists and can sign in.
      String password = Files.readString(data.resolve(FirstAdmin.FILE)).strip();
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

      assertThat(listening).isTrue();
      assertThat(http.send(login(port, "admin", password), HttpResponse.BodyHandlers.ofString()).statusCode())
          .isEqualTo(200);
    } finally {
      serving.interrupt();
      serving.join(30_000);
    }
  }

  private static HttpRequest login(int port, String user, String password) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/login"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"username\":\""
            + user + "\",\"password\":\"" + password + "\"}")).build();
  }
}
