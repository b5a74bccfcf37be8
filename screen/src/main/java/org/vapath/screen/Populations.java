package org.vapath.screen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vapath.core.KnowledgePack;

/**
 * Populations for tests and benchmarks, from a real-looking export such as Synthea's: {@link #select}
 * keeps what a Bulk Data export with {@code _type} and {@code _typeFilter} would hold for VAPath,
 * and {@link #clone} multiplies an export under fresh identifiers, to build large populations from
 * a small generated one.
 */
public final class Populations {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Populations() {
  }

  /**
   * Copies the files of the resource types VAPath reads from {@code from} to {@code to} (plain
   * NDJSON), leaving out the observations none of whose codes VAPath reads. Returns lines kept, left.
   */
  public static long[] select(Path from, Path to, KnowledgePack pack) throws IOException {
    Relevance relevance = new Relevance(pack);
    BulkExport export = BulkExport.in(from);
    Files.createDirectories(to);
    long kept = 0;
    long left = 0;
    for (ExportFile file : export.files()) {
      try (CountingReader reader = CountingReader.open(file);
          BufferedWriter out = Files.newBufferedWriter(to.resolve(plainName(file)), StandardCharsets.UTF_8)) {
        ByteLines in = reader.lines();
        while (in.next()) {
          if (in.isBlank()) {
            continue;
          }
          if (relevance.matters(in.buffer(), in.lineStart(), in.length())) {
            out.write(new String(in.buffer(), in.lineStart(), in.length(), StandardCharsets.UTF_8));
            out.write('\n');
            kept++;
          } else {
            left++;
          }
        }
      }
    }
    return new long[] {kept, left};
  }

  /** Writes {@code copies} copies of the export in {@code from} to {@code to}, copy k's ids prefixed {@code c<k>-}. */
  public static void clone(Path from, Path to, int copies) throws IOException {
    Files.createDirectories(to);
    for (ExportFile file : BulkExport.in(from).files()) {
      List<JsonNode> resources = new ArrayList<>();
      for (String line : Files.readAllLines(file.path(), StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          resources.add(JSON.readTree(line));
        }
      }
      try (BufferedWriter out = Files.newBufferedWriter(to.resolve(plainName(file)), StandardCharsets.UTF_8)) {
        for (int k = 0; k < copies; k++) {
          for (JsonNode resource : resources) {
            out.write(JSON.writeValueAsString(renamed(resource.deepCopy(), "c" + k + "-")));
            out.write('\n');
          }
        }
      }
    }
  }

  /** The file's name, flat (a folder's name joined with a dot, which keeps its type in the name) and without .gz. */
  private static String plainName(ExportFile file) {
    String name = file.name().replace('/', '.');
    return name.endsWith(".gz") ? name.substring(0, name.length() - ".gz".length()) : name;
  }

  /** The resource with its id and every reference to another resource's id prefixed. */
  private static JsonNode renamed(JsonNode node, String prefix) {
    if (node instanceof ObjectNode object) {
      if (object.has("resourceType") && object.path("id").isTextual()) {
        object.put("id", prefix + object.get("id").asText());
      }
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        if (field.getKey().equals("reference") && field.getValue().isTextual()) {
          field.setValue(new TextNode(reference(field.getValue().asText(), prefix)));
        } else {
          renamed(field.getValue(), prefix);
        }
      }
    } else if (node.isArray()) {
      node.forEach(item -> renamed(item, prefix));
    }
    return node;
  }

  private static String reference(String reference, String prefix) {
    if (reference.startsWith("#")) {
      return reference; // contained resources keep their local ids
    }
    if (reference.startsWith("urn:uuid:")) {
      return "urn:uuid:" + prefix + reference.substring("urn:uuid:".length());
    }
    int slash = reference.lastIndexOf('/');
    return reference.substring(0, slash + 1) + prefix + reference.substring(slash + 1);
  }
}
