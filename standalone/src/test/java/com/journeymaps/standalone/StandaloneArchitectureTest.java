package com.journeymaps.standalone;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The standalone host never touches the Confluence API, and only its render package knows Google's Soy. */
class StandaloneArchitectureTest {

    private final JavaClasses target = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.journeymaps.standalone");

    @Test
    void standalone_neverUsesTheConfluenceApi() {
        assertThat(target).isNotEmpty();
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.atlassian..", "com.journeymaps.confluence..")
                .check(target);
    }

    @Test
    void onlyTheRenderPackage_knowsSoy() {
        noClasses().that().resideOutsideOfPackage("com.journeymaps.standalone.render..")
                .should().dependOnClassesThat().resideInAnyPackage("com.google.template..", "com.google.inject..")
                .because("Soy hides behind the TemplateRenderer port")
                .check(target);
    }

    @Test
    void onlyTheStorePackage_usesJdbc() {
        noClasses().that().resideOutsideOfPackage("com.journeymaps.standalone.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..")
                .check(target);
    }
}
