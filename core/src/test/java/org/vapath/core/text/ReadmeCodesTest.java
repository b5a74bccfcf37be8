package org.vapath.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's table of codes is the catalogue's, generated: a code added to the catalogue shows in the README. */
class ReadmeCodesTest {
  @Test
  void theReadmeShowsTheCatalogueTableOfCodes() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));

    assertThat(readme).as("README.md, section \"The assessment\": paste CatalogueMarkdown.codesTable()")
        .contains(CatalogueMarkdown.codesTable());
  }
}
