package org.vapath.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.function.Consumer;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * TLS for the tests: servers on loopback with a self-signed certificate for {@code localhost}
 * ({@code tls/localhost.p12}, made with keytool), and this JVM's clients made to trust it, so that
 * the https-only rules are tested over real https rather than switched off.
 */
public final class TestTls {
  private static final String STORE = "/tls/localhost.p12";
  private static final char[] PASSWORD = "vapath-test".toCharArray();
  private static boolean trusted;

  private TestTls() {
  }

  /** Makes this JVM's default TLS clients (HttpClient, HttpsURLConnection) trust the test certificate. */
  public static synchronized void trustTheTestCertificate() {
    if (trusted) {
      return;
    }
    try {
      TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(keyStore());
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      SSLContext.setDefault(context);
      HttpsURLConnection.setDefaultSSLSocketFactory(context.getSocketFactory());
      trusted = true;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A Javalin app that also listens with TLS; {@link #httpsPort} finds that port once started. */
  public static Javalin create(Consumer<JavalinConfig> more) {
    return Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.jetty.addConnector((server, http) -> {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(keyStore());
        ssl.setKeyStorePassword(new String(PASSWORD));
        ServerConnector connector = new ServerConnector(server, ssl);
        connector.setHost("localhost");
        connector.setPort(0);
        return connector;
      });
      more.accept(config);
    });
  }

  /** The port of the started app's TLS connector. */
  public static int httpsPort(Javalin app) {
    for (var connector : app.jettyServer().server().getConnectors()) {
      if (connector instanceof ServerConnector sc && sc.getConnectionFactory("SSL") != null) {
        return sc.getLocalPort();
      }
    }
    throw new IllegalStateException("no TLS connector");
  }

  private static KeyStore keyStore() {
    try (InputStream in = TestTls.class.getResourceAsStream(STORE)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, PASSWORD);
      return store;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
