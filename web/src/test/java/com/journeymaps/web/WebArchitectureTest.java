package com.journeymaps.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** web knows HTTP and templates but no host: not Confluence, not Jetty, not H2, not a Soy implementation. */
class WebArchitectureTest {

    private final JavaClasses target = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.journeymaps.web");

    @Test
    void web_isHostNeutral() {
        assertThat(target).isNotEmpty();
        noClasses().that().resideInAPackage("com.journeymaps.web..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.atlassian..", "com.journeymaps.standalone..", "com.journeymaps.confluence..",
                        "org.eclipse.jetty..", "org.glassfish..", "org.h2..", "java.sql..",
                        "com.google.template..", "jakarta.servlet..")
                .because("the same web module is served by Confluence and by the standalone server")
                .check(target);
    }
}
