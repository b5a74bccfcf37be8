package org.vapath.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 spoken over a socket, for what an ordinary client will not send: a chunked body of any size
 * written while the server may already have answered, raw header lines, bytes that are not UTF-8.
 * Each call is one request on a connection of its own, with a read timeout.
 */
public final class RawHttp {
  private RawHttp() {
  }

  /** The status and the start of the body of an answer. */
  public record Answer(int status, String head, String body) {
    public String header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
          return line.substring(colon + 1).trim();
        }
      }
      return null;
    }
  }

  /** Sends {@code head} (request line and headers, no blank line), then {@code chunks} chunks of {@code chunk}. */
  public static Answer chunked(int port, String head, byte[] chunk, long chunks) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write((head + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
      try {
        for (long i = 0; i < chunks; i++) {
          out.write(size);
          out.write(chunk);
          out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
      } catch (IOException e) {
        // the server answered and closed before the body ended: read its answer
      }
      return read(socket.getInputStream());
    }
  }

  /** Sends a whole request as given: head, blank line and body. */
  public static Answer send(int port, String head, byte[] body) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write((head + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      try {
        out.write(body);
        out.flush();
      } catch (IOException e) {
        // answered before the body ended
      }
      return read(socket.getInputStream());
    }
  }

  private static Answer read(InputStream in) throws IOException {
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) >= 0 && answer.size() < 1_000_000; ) {
        answer.write(buffer, 0, n);
      }
    } catch (SocketTimeoutException e) {
      throw new IOException("no answer within 30 s", e);
    } catch (IOException e) {
      // a reset after the answer: keep what came
    }
    String text = answer.toString(StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    String head = end < 0 ? text : text.substring(0, end);
    if (!head.startsWith("HTTP/1.1 ")) {
      throw new IOException("no HTTP answer: " + head.substring(0, Math.min(80, head.length()))
          .toLowerCase(Locale.ROOT));
    }
    return new Answer(Integer.parseInt(head.substring(9, 12)), head, end < 0 ? "" : text.substring(end + 4));
  }
}
