package org.vapath.fhir;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module graph of docs/architecture.md: this module serves the server, never the other way round. */
class ArchitectureTest {
  @Test
  void theModuleDoesNotDependOnTheServer() {
    noClasses().that().resideInAPackage("org.vapath.fhir..")
        .should().dependOnClassesThat().resideInAPackage("org.vapath.server..")
        .because("the server is a door onto fhir, and fhir must stay usable without it")
        .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.vapath.fhir"));
  }
}
