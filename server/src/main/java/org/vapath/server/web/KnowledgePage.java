package org.vapath.server.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.vapath.core.KnowledgePack;
import org.vapath.core.text.KnowledgeMarkdown;

/**
 * The knowledge pack as a page: the same Markdown as {@code /knowledge.md}, rendered as HTML with an
 * anchor per source ({@code #source-REF}) and per threshold ({@code #threshold-<id>}), so that every
 * {@code [SOURCE]} on a page can link to its entry. Raw HTML in the Markdown is escaped.
 */
final class KnowledgePage {
  private static final Pattern SOURCE_ITEM = Pattern.compile("^\\[([A-Za-z0-9-]+)]");
  private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
  /** The documents of the repository's docs/sources that the server ships and serves, read once. */
  static final Map<String, byte[]> SOURCE_DOCUMENTS = Map.of(
      "reference-summary.txt", shipped("reference-summary.txt"),
      "clinical-knowledge.md", shipped("clinical-knowledge.md"),
      "research-notes.md", shipped("research-notes.md"));
  private static final Pattern DOCUMENT = Pattern.compile(Pattern.quote(KnowledgeMarkdown.SOURCES_FOLDER)
      + "([a-z-]+\\.(?:txt|md))");

  private KnowledgePage() {
  }

  static String html(KnowledgePack pack) {
    String markdown = linkDocuments(KnowledgeMarkdown.render(pack));
    Node document = Parser.builder().extensions(EXTENSIONS).build().parse(markdown);
    return HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true)
        .attributeProviderFactory(context -> new Anchors()).build().render(document);
  }

  private static byte[] shipped(String name) {
    try (java.io.InputStream in = KnowledgePage.class.getResourceAsStream("/org/vapath/server/sources/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the server was built without docs/sources/" + name);
      }
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Each shipped document a source names becomes a link to it. */
  private static String linkDocuments(String markdown) {
    return DOCUMENT.matcher(markdown).replaceAll(m -> SOURCE_DOCUMENTS.containsKey(m.group(1))
        ? "[" + m.group() + "](/knowledge/sources/" + m.group(1) + ")" : m.group());
  }

  /** The anchor of a source id: {@code source-REF}. */
  static String sourceAnchor(String id) {
    return "source-" + id;
  }

  /** The text a paragraph begins with: the parser may split "[REF] ..." into several text nodes. */
  private static String leadingText(Node paragraph) {
    StringBuilder text = new StringBuilder();
    for (Node n = paragraph.getFirstChild(); n instanceof Text t && text.length() < 40; n = n.getNext()) {
      text.append(t.getLiteral());
    }
    return text.toString();
  }

  /** Ids on headings, on each source's list item and on each threshold's table row. */
  private static final class Anchors implements AttributeProvider {
    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
      if (node instanceof Heading && node.getFirstChild() instanceof Text text) {
        attributes.put("id", text.getLiteral().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-|-$)", ""));
      } else if (node instanceof ListItem && node.getFirstChild() != null) {
        Matcher m = SOURCE_ITEM.matcher(leadingText(node.getFirstChild()));
        if (m.find()) {
          attributes.put("id", sourceAnchor(m.group(1)));
        }
      } else if (node instanceof TableRow && node.getParent() != null
          && node.getParent().getParent() instanceof TableBlock && node.getFirstChild() != null
          && node.getFirstChild().getFirstChild() instanceof Code code) {
        attributes.put("id", "threshold-" + code.getLiteral());
      }
    }
  }
}
