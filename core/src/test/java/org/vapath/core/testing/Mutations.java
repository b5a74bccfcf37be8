package org.vapath.core.testing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Mutated inputs for the fuzz tests, from a seeded {@link Random} so that a failure can be replayed:
 * a valid document with values replaced, fields dropped or added, lists grown, structures nested;
 * bytes flipped, cut, inserted or repeated; keys given twice; content after the document; and
 * awkward texts (control characters, other scripts, lone surrogates, long runs). Kept small enough
 * that thousands run in a minute.
 */
public final class Mutations {
  /** Writes documents deeper than Jackson writes by default, as an attacker would. */
  private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder().streamWriteConstraints(
      StreamWriteConstraints.builder().maxNestingDepth(20_000).build()).build()).build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String[] TEXTS = {"", " ", "null", "true", "0", "-1", "1e308", "NaN", "L1", "L6", "T13",
      "osteoporosis", "platelets", "inr", "10*9/L", "/uL", "warfarin 5 mg", "Eliquis", "0000-01-01", "1899-12-31",
      "2099-01-01", "2026-02-30", "2026-11-23", "2026-11-23T10:00:00Z", "tab\there", "line\nbreak", "nul\u0000",
      "bell\u0007", "\u6c2f\u5421\u683c\u96f7", "\ud83d\udc80", "\ud800", "<script>alert(1)</script>",
      "' OR '1'='1", "../../etc/passwd", "%00", "Patient/other", "urn:uuid:1", "#contained", "\\u0000"};

  private final Random random;

  public Mutations(Random random) {
    this.random = random;
  }

  /** An awkward text: one of the list, a run of one character, or random code points. */
  public String text() {
    return switch (random.nextInt(6)) {
      case 0 -> String.valueOf((char) ('a' + random.nextInt(26))).repeat(1 + random.nextInt(random.nextBoolean()
          ? 20 : 20_000));
      case 1 -> randomCodePoints(1 + random.nextInt(40));
      default -> TEXTS[random.nextInt(TEXTS.length)];
    };
  }

  /** A JSON value of any kind, small or awkward. */
  public JsonNode value(int depth) {
    return switch (random.nextInt(depth > 3 ? 7 : 10)) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.booleanNode(random.nextBoolean());
      case 2 -> NODES.numberNode(random.nextInt(2000) - 1000);
      case 3 -> NODES.numberNode(new BigDecimal(random.nextBoolean() ? "1e400" : "-123456789012345678901234.5"));
      case 4 -> NODES.numberNode(random.nextDouble() * 300);
      case 5, 6 -> NODES.textNode(text());
      case 7 -> {
        // A long list only of small items, at the top: long enough to pass the readers' limits, never gigabytes.
        boolean longList = depth == 0 && random.nextInt(10) == 0;
        ArrayNode array = NODES.arrayNode();
        int items = longList ? 1 + random.nextInt(20_000) : random.nextInt(4);
        JsonNode item = longList ? NODES.textNode("latex") : value(depth + 1);
        for (int i = 0; i < items; i++) {
          array.add(!longList && random.nextInt(8) == 0 ? value(depth + 1) : item);
        }
        yield array;
      }
      case 8 -> nested(random.nextInt(10) == 0 ? 1_500 : 1 + random.nextInt(5));
      default -> {
        ObjectNode object = NODES.objectNode();
        for (int i = random.nextInt(4); i > 0; i--) {
          object.set(depth > 2 ? "k" + i : text(), value(depth + 1));
        }
        yield object;
      }
    };
  }

  /** A tree mutated in one to four places. */
  public JsonNode mutate(JsonNode original) {
    JsonNode copy = original.deepCopy();
    for (int i = 1 + random.nextInt(4); i > 0; i--) {
      copy = mutateOnce(copy);
    }
    return copy;
  }

  private JsonNode mutateOnce(JsonNode root) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    if (containers.isEmpty()) {
      return value(0);
    }
    JsonNode target = containers.get(random.nextInt(containers.size()));
    if (target instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      int choice = random.nextInt(4);
      if (names.isEmpty() || choice == 0) {
        object.set(random.nextBoolean() ? text() : "fractures", value(0));
      } else if (choice == 1) {
        object.remove(names.get(random.nextInt(names.size())));
      } else {
        object.set(names.get(random.nextInt(names.size())), value(0));
      }
    } else if (target instanceof ArrayNode array) {
      if (array.isEmpty() || random.nextBoolean()) {
        array.add(array.isEmpty() || random.nextBoolean() ? value(0) : array.get(random.nextInt(array.size())));
      } else {
        array.set(random.nextInt(array.size()), value(0));
      }
    }
    return root;
  }

  private static void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isContainerNode()) {
      containers.add(node);
      if (node.isArray()) {
        node.forEach(item -> collect(item, containers));
      } else {
        node.properties().forEach(e -> collect(e.getValue(), containers));
      }
    }
  }

  /** A JSON document mutated as a tree or as bytes; sometimes left as it was. */
  public byte[] document(String json) {
    return switch (random.nextInt(10)) {
      case 0 -> json.getBytes(StandardCharsets.UTF_8);
      case 1, 2, 3 -> bytes(json.getBytes(StandardCharsets.UTF_8));
      case 4 -> textual(json);
      default -> write(mutate(read(json)));
    };
  }

  /** Text-level mutations a tree cannot make: a key given twice, content after the document, a cut. */
  private byte[] textual(String json) {
    String text = switch (random.nextInt(4)) {
      case 0 -> json.replaceFirst("\\{", "{\"caseId\":\"dup\",\"caseId\":\"dup\",");
      case 1 -> json + (random.nextBoolean() ? " {}" : "garbage");
      case 2 -> json.substring(0, random.nextInt(json.length() + 1));
      default -> "[".repeat(random.nextInt(5_000)) + json;
    };
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Bytes flipped, removed, inserted (not always valid UTF-8) or a stretch repeated. */
  public byte[] bytes(byte[] original) {
    List<Byte> bytes = new ArrayList<>(original.length + 16);
    for (byte b : original) {
      bytes.add(b);
    }
    for (int i = 1 + random.nextInt(6); i > 0; i--) {
      int at = bytes.isEmpty() ? 0 : random.nextInt(bytes.size());
      switch (random.nextInt(4)) {
        case 0 -> {
          if (!bytes.isEmpty()) {
            bytes.set(at, (byte) (bytes.get(at) ^ (1 << random.nextInt(8))));
          }
        }
        case 1 -> {
          if (!bytes.isEmpty()) {
            bytes.remove(at);
          }
        }
        case 2 -> bytes.add(at, (byte) random.nextInt(256));
        default -> {
          int length = Math.min(bytes.size() - at, 1 + random.nextInt(16));
          List<Byte> stretch = new ArrayList<>(bytes.subList(at, at + length));
          for (int r = random.nextInt(50); r > 0; r--) {
            bytes.addAll(at, stretch);
          }
        }
      }
    }
    byte[] result = new byte[bytes.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = bytes.get(i);
    }
    return result;
  }

  /** Random bytes, of a random length. */
  public byte[] noise() {
    byte[] noise = new byte[random.nextInt(random.nextInt(10) == 0 ? 100_000 : 300)];
    random.nextBytes(noise);
    return noise;
  }

  private String randomCodePoints(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      int codePoint = random.nextInt(4) == 0 ? random.nextInt(0x20) : random.nextInt(0x3000);
      if (!Character.isSurrogate((char) codePoint)) {
        text.appendCodePoint(codePoint);
      }
    }
    return text.toString();
  }

  private static JsonNode nested(int depth) {
    JsonNode node = NODES.textNode("deep");
    for (int i = 0; i < depth; i++) {
      node = i % 2 == 0 ? NODES.arrayNode().add(node) : NODES.objectNode().set("a", node);
    }
    return node;
  }

  public static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
    }
  }

  public static byte[] write(JsonNode tree) {
    try {
      return JSON.writeValueAsBytes(tree);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
