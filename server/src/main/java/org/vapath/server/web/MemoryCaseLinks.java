package org.vapath.server.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.vapath.core.Case;
import org.vapath.core.KnowledgePack;
import org.vapath.core.json.CaseJson;
import org.vapath.core.json.CaseReader;

/**
 * The cases behind the cards' links of one instance, in its memory, for a limited time, number and
 * size. A case mapped from an EHR's prefetch holds every lab and unread part (about 40 KB as objects), so
 * each is kept as compressed case JSON (a few KB), as the database keeps it as JSON; the oldest links go
 * first when the number or the bytes pass their bound, and expired ones whenever a link is made.
 */
final class MemoryCaseLinks implements CaseLinks {
  private final Clock clock;
  private final Duration lifetime;
  private final int capacity;
  private final long maxBytes;
  private final CaseReader reader;
  private final Map<String, Entry> entries = new LinkedHashMap<>();
  private long bytes;

  private record Entry(byte[] compressed, Instant expires) {
  }

  MemoryCaseLinks(Clock clock, Duration lifetime, int capacity, long maxBytes, KnowledgePack pack) {
    this.clock = clock;
    this.lifetime = lifetime;
    this.capacity = capacity;
    this.maxBytes = maxBytes;
    this.reader = new CaseReader(pack, () -> LocalDate.now(clock));
  }

  @Override
  public String remember(Case kase) {
    byte[] compressed = compress(kase); // outside the lock: the work of the call, not of the map
    String token = CaseLinks.newToken();
    synchronized (this) {
      Instant now = clock.instant();
      entries.put(token, new Entry(compressed, now.plus(lifetime)));
      bytes += compressed.length;
      // The oldest first: expired ones (one lifetime for all, so they lead), then past the bounds; the new
      // link always stays, so that no card carries a link that is already gone.
      Iterator<Entry> oldest = entries.values().iterator();
      while (entries.size() > 1) {
        Entry entry = oldest.next();
        if (now.isBefore(entry.expires()) && entries.size() <= capacity && bytes <= maxBytes) {
          break;
        }
        bytes -= entry.compressed().length;
        oldest.remove();
      }
    }
    return token;
  }

  @Override
  public Optional<Case> find(String token) {
    Entry entry;
    synchronized (this) {
      entry = entries.get(token);
      if (entry != null && !clock.instant().isBefore(entry.expires())) {
        entries.remove(token);
        bytes -= entry.compressed().length;
        entry = null;
      }
    }
    return entry == null ? Optional.empty() : Optional.of(expand(entry.compressed()));
  }

  /** How many links are kept, and their bytes (for tests). */
  synchronized int size() {
    return entries.size();
  }

  synchronized long bytes() {
    return bytes;
  }

  private static byte[] compress(Case kase) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try (OutputStream deflated = new DeflaterOutputStream(out, deflater)) {
      CaseJson.write(kase, deflated);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // memory only: no I/O can fail
    } finally {
      deflater.end();
    }
    return out.toByteArray();
  }

  private Case expand(byte[] compressed) {
    try (InputStream json = new InflaterInputStream(new ByteArrayInputStream(compressed))) {
      return reader.read(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
