package org.vapath.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import org.vapath.server.auth.WebSession;

/**
 * Bounds every request body while it is read, whatever its transfer encoding: a declared
 * {@code Content-Length} over the limit is refused before a byte is read, and a chunked body is cut
 * off where it passes the limit, so that no body is ever held whole beyond it. Callers nobody has
 * authenticated yet (sign-in, the anonymous sign-in form) get {@link #ANONYMOUS_MAX_BYTES}: the
 * limit an attacker without an account can make the server hold, per request. The CDS Hooks
 * service checks the EHR's token before it reads a body, so its calls get the full limit.
 */
final class BodyLimit implements Filter {
  /** A sign-in is a few hundred bytes; 64 KiB is ample and keeps anonymous memory small. */
  static final long ANONYMOUS_MAX_BYTES = 64 * 1024;

  private final long maxBytes;

  BodyLimit(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    chain.doFilter(new Bounded(http, limitFor(http)), response);
  }

  private long limitFor(HttpServletRequest request) {
    boolean trusted = request.getRequestURI().startsWith("/cds-services") || WebSession.signedIn(request);
    return trusted ? maxBytes : Math.min(maxBytes, ANONYMOUS_MAX_BYTES);
  }

  /** Thrown when a request body is over its limit: answered with 413. */
  static final class TooLarge extends HttpProblem {
    private static final long serialVersionUID = 1L;

    TooLarge(long limit) {
      super(413, "too-costly", "the request body is over the limit of " + limit + " bytes");
    }
  }

  /** The request with its body stream bounded. */
  private static final class Bounded extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream stream;

    Bounded(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (getContentLengthLong() > limit) {
        throw new TooLarge(limit);
      }
      if (stream == null) {
        stream = new Counted(super.getInputStream(), limit);
      }
      return stream;
    }
  }

  /** A body stream that refuses to read past its limit. */
  private static final class Counted extends ServletInputStream {
    private final ServletInputStream in;
    private final long limit;
    private long read;

    Counted(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      // One byte more than the limit allows is asked for, so that a body of exactly the limit is accepted.
      int n = in.read(buffer, offset, (int) Math.min(length, limit - read + 1));
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > limit) {
        throw new TooLarge(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
