package org.vapath.screen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vapath.core.InputError;

/**
 * An export placed by its {@code manifest.json}: the body of the FHIR Bulk Data Access IG's
 * complete-status response, which clients save beside the files. Its {@code output} entries are the
 * files ({@code type}, {@code url}; no type when the export is organised by patient, each line then
 * giving its own); {@code deleted} files (transaction Bundles of deleted resources) are skipped;
 * {@code error} (IG 2.0) and {@code outcome} (IG 3.0) files of OperationOutcomes are named for the
 * reader; {@code link} pages with relation {@code next} are read in turn. The files were downloaded
 * from URLs, so each is looked for, in this order: the url as a path under the folder (a relative
 * url), the url's path under the folder, the url's last segment in the folder (or in a subfolder
 * {@code deleted}, {@code error} or {@code outcome} for those), and {@code N.Type.ndjson}, the N-th
 * file of its type, as the SMART bulk-data-client names files when told to.
 */
final class ExportManifest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path folder;
  private final Placement placement;
  private final Map<String, Integer> ofType = new HashMap<>();
  private final Set<Path> pages = new HashSet<>();
  private final Deque<Path> toRead = new ArrayDeque<>();
  private String transactionTime;

  private ExportManifest(Path folder) {
    this.placement = new Placement(folder);
    this.folder = placement.folder();
  }

  static BulkExport read(Path folder, Path manifest) {
    ExportManifest reading = new ExportManifest(folder);
    reading.toRead.add(manifest.toAbsolutePath().normalize());
    while (!reading.toRead.isEmpty()) {
      Path page = reading.toRead.remove();
      if (reading.pages.add(page)) {
        reading.page(page);
      }
    }
    reading.placement.rest("not listed in " + BulkExport.MANIFEST);
    return reading.placement.export(BulkExport.MANIFEST, reading.transactionTime);
  }

  private void page(Path page) {
    placement.accounted(page);
    String where = placement.name(page);
    JsonNode manifest = parse(page, where);
    if (transactionTime == null) {
      transactionTime = transactionTime(manifest, where);
    }
    JsonNode output = manifest.get("output");
    if (output == null || !output.isArray()) {
      throw new InputError(where + " output", null, "must be an array of the export's files, as a FHIR Bulk Data"
          + " manifest lists them");
    }
    for (int i = 0; i < output.size(); i++) {
      output(output.get(i), where + " output[" + i + "]");
    }
    List<JsonNode> deleted = entries(manifest, "deleted");
    for (int i = 0; i < deleted.size(); i++) {
      String url = url(deleted.get(i), where + " deleted[" + i + "]");
      Path local = locate(url, "deleted", null);
      placement.skipped(local, local == null ? lastSegment(url) : null, "Bundle");
    }
    for (String kind : List.of("error", "outcome")) {
      List<JsonNode> files = entries(manifest, kind);
      for (int i = 0; i < files.size(); i++) {
        String url = url(files.get(i), where + " " + kind + "[" + i + "]");
        Path local = locate(url, kind, null);
        placement.outcome(local, local == null ? lastSegment(url) + " (listed in " + where + ", not in the folder)"
            : null);
      }
    }
    for (JsonNode link : entries(manifest, "link")) {
      if ("next".equals(link.path("relation").asText(null)) && link.path("url").isTextual()) {
        Path next = locate(link.get("url").asText(), null, null);
        if (next == null) {
          placement.notFound(lastSegment(link.get("url").asText()), "the next page of " + where
              + " (link), not in the folder: the files it lists are not read");
        } else {
          toRead.add(next);
        }
      }
    }
  }

  private void output(JsonNode entry, String where) {
    String url = url(entry, where);
    String type = entry.path("type").isTextual() ? entry.get("type").asText() : null;
    String standard = type == null ? null : ofType.merge(type, 1, Integer::sum) + "." + type + ".ndjson";
    Path local = locate(url, null, standard);
    if (local == null) {
      placement.notFound(lastSegment(url), "listed in " + where + " but not in the folder");
    } else if (placement.isAccounted(local)) {
      placement.notFound(placement.name(local), "listed again in " + where + ": read once");
    } else {
      placement.typed(local, type, ExportFile.BY_MANIFEST);
    }
  }

  private static JsonNode parse(Path page, String where) {
    try {
      JsonNode manifest = JSON.readTree(page.toFile());
      if (manifest == null || !manifest.isObject()) {
        throw new InputError(where, null, "is not a JSON object (a FHIR Bulk Data manifest)");
      }
      return manifest;
    } catch (JsonProcessingException e) {
      throw new InputError(where, null, "is not JSON: " + KeptLine.problem(e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The export's {@code transactionTime}, checked to be an ISO-8601 instant and kept as written. */
  private static String transactionTime(JsonNode manifest, String where) {
    JsonNode time = manifest.get("transactionTime");
    if (time == null || time.isNull()) {
      return null;
    }
    try {
      OffsetDateTime.parse(time.asText());
      return time.asText();
    } catch (DateTimeParseException e) {
      throw new InputError(where + " transactionTime", '"' + time.asText() + '"', "is not an ISO-8601 instant"
          + " (e.g. 2021-01-01T00:00:00Z)");
    }
  }

  private static List<JsonNode> entries(JsonNode manifest, String name) {
    List<JsonNode> entries = new ArrayList<>();
    manifest.path(name).forEach(entries::add);
    return entries;
  }

  private static String url(JsonNode entry, String where) {
    JsonNode url = entry.get("url");
    if (url == null || !url.isTextual() || url.asText().isBlank()) {
      throw new InputError(where + ".url", url == null ? null : url.toString(), "must name the file (a url)");
    }
    return url.asText();
  }

  /** The file here that the url names (see the class comment), or {@code null}. */
  private Path locate(String url, String subfolder, String standardName) {
    List<String> candidates = new ArrayList<>();
    String path = url;
    try {
      URI uri = new URI(url);
      if (!uri.isAbsolute()) {
        candidates.add(url);
      }
      path = uri.getPath() == null ? url : uri.getPath();
    } catch (URISyntaxException e) {
      candidates.add(url); // not a URI: perhaps a plain path
    }
    candidates.add(path.replaceFirst("^/+", ""));
    candidates.add(lastSegment(path));
    if (subfolder != null) {
      candidates.add(subfolder + "/" + lastSegment(path));
    }
    if (standardName != null) {
      candidates.add(standardName);
    }
    for (String candidate : candidates) {
      Path local = under(candidate);
      if (local != null) {
        return local;
      }
    }
    return null;
  }

  /** The regular file {@code relative} names under the folder; {@code null} when none, or outside it. */
  private Path under(String relative) {
    if (relative.isEmpty()) {
      return null;
    }
    try {
      Path local = folder.resolve(relative).normalize();
      return local.startsWith(folder) && Files.isRegularFile(local) ? local : null;
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private static String lastSegment(String path) {
    String withoutQuery = path.replaceFirst("[?#].*$", "");
    return withoutQuery.substring(withoutQuery.lastIndexOf('/') + 1);
  }
}
