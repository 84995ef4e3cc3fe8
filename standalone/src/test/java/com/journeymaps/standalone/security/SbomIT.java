package com.journeymaps.standalone.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The CycloneDX SBOM the build writes next to the shaded jar (package phase) lists every library
 * the jar carries: each {@code META-INF/maven/<group>/<artifact>/pom.properties} inside the jar is a
 * component of the SBOM with the same version.
 */
class SbomIT {

    private static final Path TARGET = Path.of("target");

    @Test
    void sbom_listsEveryLibraryInTheShadedJar() throws Exception {
        Path sbom;
        try (var files = Files.list(TARGET)) {
            sbom = files.filter(f -> f.getFileName().toString().matches("journeymaps-standalone-.*-cyclonedx\\.json"))
                    .findFirst().orElseThrow(() -> new AssertionError("no CycloneDX SBOM in target/: the package phase writes it"));
        }
        JsonNode bom = new ObjectMapper().readTree(Files.readString(sbom));
        assertThat(bom.path("bomFormat").asText()).isEqualTo("CycloneDX");
        Set<String> listed = new TreeSet<>();
        for (JsonNode component : bom.path("components")) {
            listed.add(component.path("group").asText() + ":" + component.path("name").asText() + ":" + component.path("version").asText());
        }
        Set<String> shipped = new TreeSet<>();
        try (JarFile jar = new JarFile(TARGET.resolve("journeymaps-standalone.jar").toFile())) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.getName().startsWith("META-INF/maven/") && entry.getName().endsWith("/pom.properties")) {
                    Properties properties = new Properties();
                    try (InputStream in = jar.getInputStream(entry)) {
                        properties.load(in);
                    }
                    String gav = properties.getProperty("groupId") + ":" + properties.getProperty("artifactId") + ":"
                            + properties.getProperty("version");
                    if (!properties.getProperty("artifactId").equals("journeymaps-standalone")) {
                        shipped.add(gav);
                    }
                }
            }
        }
        System.out.println("SbomIT: " + sbom.getFileName() + " lists " + listed.size() + " components; the shaded jar carries "
                + shipped.size() + " libraries with Maven metadata");
        assertThat(shipped).hasSizeGreaterThan(20);
        assertThat(listed).as("libraries in the jar that the SBOM does not list").containsAll(shipped);
        assertThat(bom.path("metadata").path("component").path("name").asText()).isEqualTo("journeymaps-standalone");
    }
}
