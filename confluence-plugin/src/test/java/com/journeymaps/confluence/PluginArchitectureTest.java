package com.journeymaps.confluence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The plugin stays thin: adapters are Confluence*, and only adapters and module classes touch Atlassian types. */
class PluginArchitectureTest {

    private final JavaClasses target = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.journeymaps.confluence");

    @Test
    void onlyAdaptersAndModules_useTheAtlassianApi() {
        assertThat(target).isNotEmpty();
        noClasses().that().resideOutsideOfPackages("com.journeymaps.confluence.adapter..", "com.journeymaps.confluence.macro..")
                .should().dependOnClassesThat().resideInAPackage("com.atlassian..")
                .allowEmptyShould(true) // today every class is an adapter or a module; this guards the next package
                .check(target);
    }

    @Test
    void adapters_areNamedAfterTheirHost() {
        classes().that().resideInAPackage("com.journeymaps.confluence.adapter..").and().areTopLevelClasses()
                .should().haveSimpleNameStartingWith("Confluence")
                .check(target);
    }

    @Test
    void plugin_neverReachesIntoTheStandaloneHost() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.journeymaps.standalone..", "org.eclipse.jetty..", "org.h2..")
                .check(target);
    }
}
