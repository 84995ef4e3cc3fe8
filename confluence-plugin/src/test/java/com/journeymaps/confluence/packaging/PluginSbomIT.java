package com.journeymaps.confluence.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The plugin jar's CycloneDX SBOM (written in the package phase) names every library whose classes
 * the bundle carries. The bundle inlines its libraries' classes, so each class in the jar must lie
 * in the packages of a component the SBOM lists; a class from anywhere else is an unlisted library.
 */
class PluginSbomIT {

    /** Package folder in the jar → the Maven component whose classes live there. */
    private static final Map<String, String> PACKAGES = new LinkedHashMap<>();

    static {
        PACKAGES.put("com/journeymaps/confluence/", "com.journeymaps:journeymaps-confluence-plugin");
        PACKAGES.put("com/journeymaps/core/", "com.journeymaps:journeymaps-core");
        PACKAGES.put("com/journeymaps/web/", "com.journeymaps:journeymaps-web");
        PACKAGES.put("com/fasterxml/jackson/dataformat/csv/", "com.fasterxml.jackson.dataformat:jackson-dataformat-csv");
        PACKAGES.put("com/fasterxml/jackson/databind/", "com.fasterxml.jackson.core:jackson-databind");
        PACKAGES.put("com/fasterxml/jackson/annotation/", "com.fasterxml.jackson.core:jackson-annotations");
        PACKAGES.put("com/fasterxml/jackson/core/", "com.fasterxml.jackson.core:jackson-core");
    }

    @Test
    void sbom_listsEveryLibraryWhoseClassesTheBundleCarries() throws Exception {
        Path jar = Path.of(System.getProperty("plugin.jar"));
        Path sbom = jar.resolveSibling(jar.getFileName().toString().replace(".jar", "-cyclonedx.json"));
        assertThat(sbom).as("the package phase writes the SBOM next to the jar").exists();
        JsonNode bom = new ObjectMapper().readTree(Files.readString(sbom));
        Set<String> listed = new TreeSet<>();
        listed.add(bom.path("metadata").path("component").path("group").asText() + ":"
                + bom.path("metadata").path("component").path("name").asText());
        for (JsonNode component : bom.path("components")) {
            listed.add(component.path("group").asText() + ":" + component.path("name").asText());
        }
        Set<String> carried = new TreeSet<>();
        List<String> unlisted = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (!name.endsWith(".class") || name.endsWith("module-info.class")) {
                    continue;
                }
                String path = name.startsWith("META-INF/versions/") ? name.replaceFirst("META-INF/versions/\\d+/", "") : name;
                String component = PACKAGES.entrySet().stream().filter(e -> path.startsWith(e.getKey()))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
                if (component == null || !listed.contains(component)) {
                    unlisted.add(name + (component == null ? " (no known component: add its package to PACKAGES)" : " (" + component + ")"));
                } else {
                    carried.add(component);
                }
            }
        }
        System.out.println("PluginSbomIT: " + sbom.getFileName() + " lists " + listed + "; the jar carries classes of " + carried);
        assertThat(unlisted).as("classes in the plugin jar from a library its SBOM does not list").isEmpty();
        assertThat(carried).contains("com.fasterxml.jackson.core:jackson-databind", "com.journeymaps:journeymaps-core");
    }
}
