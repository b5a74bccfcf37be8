package org.vapath.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One kept-alive HTTP/1.1 connection that sends requests written out in full beforehand and reads each
 * answer to its end. The load generator shares the server's two cores: the JDK's HttpClient took more
 * than half a core at 200 requests a second, this takes a few percent, so the run measures the server.
 * Loopback only, no TLS; answers with {@code Content-Length} or chunked bodies.
 */
final class PlainHttp implements AutoCloseable {
  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;
  private boolean open = true;

  PlainHttp(URI uri, int timeoutMillis) throws IOException {
    socket = new Socket(uri.getHost(), port(uri));
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(timeoutMillis);
    out = socket.getOutputStream();
    in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
  }

  /** The head of a POST with a JSON body of {@code length} bytes, and an optional bearer token. */
  static byte[] postHead(URI uri, int length, String token) {
    return ("POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + port(uri)
        + "\r\nContent-Type: application/json\r\nAccept: application/json\r\n"
        + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
        + "Content-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
  }

  /** Sends a request and reads its answer; returns the status code. */
  int exchange(byte[] head, byte[] body) throws IOException {
    out.write(head);
    out.write(body);
    out.flush();
    String status = line();
    if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
      throw new IOException("not an HTTP/1.1 answer: " + status);
    }
    long length = -1;
    boolean chunked = false;
    for (String header = line(); !header.isEmpty(); header = line()) {
      String lower = header.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(lower.substring(15).trim());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      } else if (lower.startsWith("connection:") && lower.contains("close")) {
        open = false;
      }
    }
    if (chunked) {
      for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
          size = Long.parseLong(line().split(";")[0].trim(), 16)) {
        skip(size);
        line();
      }
      for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
        // trailers after the last chunk: read and left
      }
    } else if (length >= 0) {
      skip(length);
    } else {
      throw new IOException("an answer without a length: " + status);
    }
    return Integer.parseInt(status.substring(9, 12));
  }

  /** Whether the server keeps the connection open for another request (it did not answer {@code Connection: close}). */
  boolean open() {
    return open;
  }

  private static int port(URI uri) {
    return uri.getPort() < 0 ? 80 : uri.getPort();
  }

  private String line() throws IOException {
    StringBuilder line = new StringBuilder(64);
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("the server closed the connection");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  private void skip(long bytes) throws IOException {
    for (long left = bytes; left > 0; ) {
      long skipped = in.skip(left);
      if (skipped <= 0) {
        if (in.read() < 0) {
          throw new IOException("the server closed the connection mid-answer");
        }
        skipped = 1;
      }
      left -= skipped;
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
