package com.journeymaps.confluence.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeymaps.confluence.compat.AtlassianReferences.Reference;
import com.journeymaps.confluence.macro.JourneyMapMacro;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The whole shipped jar, embedded modules and libraries included, references exactly the Atlassian API that the
 * plugin's own classes reference, so {@link PluginBytecodeReferencesTest} has seen every Atlassian link the jar
 * will make in Confluence.
 */
class ShippedBytecodeReferencesIT {

    @Test
    void shippedJar_referencesNoAtlassianApiBeyondThePluginsOwnClasses() throws Exception {
        Path jar = Path.of(System.getProperty("plugin.jar", "target/journeymaps-confluence-plugin-0.1.0-SNAPSHOT.jar"));
        // Under failsafe the plugin's classes come from the jar itself, so take target/classes beside it.
        Path classes = jar.toAbsolutePath().getParent().resolve("classes");
        assertThat(classes.resolve(JourneyMapMacro.class.getName().replace('.', '/') + ".class")).exists();

        AtlassianReferences target = AtlassianReferences.scan(jar);

        assertThat(target.scannedClasses()).hasSizeGreaterThan(AtlassianReferences.scan(classes).scannedClasses().size());
        assertThat(kindsAndMembers(target)).isEqualTo(kindsAndMembers(AtlassianReferences.scan(classes)));
    }

    private static Set<String> kindsAndMembers(AtlassianReferences references) {
        Set<String> found = new TreeSet<>();
        for (Reference reference : references.references()) {
            found.add(reference.kind() + " " + reference.owner() + (reference.name() == null ? "" : "." + reference.name() + reference.descriptor()));
        }
        return found;
    }
}
