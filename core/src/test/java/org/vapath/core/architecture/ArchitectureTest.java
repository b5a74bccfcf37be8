package org.vapath.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * The architecture of docs/architecture.md, checked on the compiled classes: the model, the
 * knowledge, the catalogue and the rules know nothing of JSON (neither Jackson nor core.json), and
 * no two classes of core depend on each other, however indirectly.
 */
class ArchitectureTest {
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.vapath.core");

  @Test
  void theRulesTheModelAndTheKnowledgeDoNotReadJson() {
    noClasses().that().resideInAnyPackage("org.vapath.core.rules..", "org.vapath.core.model..",
            "org.vapath.core.knowledge..", "org.vapath.core.catalogue..", "org.vapath.core.assessment..")
        .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "org.vapath.core.json..")
        .because("the engine is pure: JSON is read and written at the edges (core.json)")
        .check(CORE);
  }

  @Test
  void noClassOfCoreDependsOnItselfThroughAnother() {
    slices().assignedFrom(TOP_LEVEL_CLASSES).should().beFreeOfCycles()
        .because("a cycle between classes is a change that ripples both ways")
        .check(CORE);
  }

  /** Each top-level class is a slice of its own, its nested classes with it. */
  private static final SliceAssignment TOP_LEVEL_CLASSES = new SliceAssignment() {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      String name = javaClass.getName();
      int nested = name.indexOf('$');
      return SliceIdentifier.of(nested < 0 ? name : name.substring(0, nested));
    }

    @Override
    public String getDescription() {
      return "top-level classes of org.vapath.core";
    }
  };
}
