package com.journeymaps.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** core knows nothing of Confluence, HTTP, servlets, Soy or the hosts: only the JDK and Jackson. */
class CoreArchitectureTest {

    private final JavaClasses target = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.journeymaps.core");

    @Test
    void core_dependsOnlyOnJdkAndJackson() {
        classes().that().resideInAPackage("com.journeymaps.core..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "com.fasterxml.jackson..", "com.journeymaps.core..")
                .because("core is the pure domain; hosts plug in through ports")
                .check(target);
    }

    @Test
    void core_containsClasses() {
        // Guards the rule above against passing vacuously because nothing was imported.
        org.assertj.core.api.Assertions.assertThat(target).isNotEmpty();
    }
}
