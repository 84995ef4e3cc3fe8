package com.journeymaps.confluence.osgi;

import com.journeymaps.confluence.compat.ApiRecord;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * A stand-in for what Confluence 10 exports to plugins: one bundle whose Export-Package lists the Atlassian
 * packages of the API record at their recorded versions and the platform packages (Jakarta, Jackson, Spring,
 * Gemini Blueprint) the record lists, holding whatever classes of those packages the test classpath has (our
 * stubs for com.atlassian.*, the real jakarta.ws.rs-api and Jackson jars). Packages with no class here (Spring,
 * Gemini) are exported empty: enough for resolution, not for loading. The JDK packages come from the framework's
 * system bundle, as they do in Confluence's own OSGi container.
 */
final class ConfluencePlatformBundle {

    static final String SYMBOLIC_NAME = "confluence.platform.model";

    /** Package name to export version. */
    private final Map<String, String> exports = new LinkedHashMap<>();
    /** Jar entry name to the bytes of the class. */
    private final Map<String, byte[]> classes = new TreeMap<>();
    private final List<String> emptyPackages = new ArrayList<>();
    private String version = "0.0.0";

    static ConfluencePlatformBundle fromRecord(ApiRecord record) throws IOException {
        ConfluencePlatformBundle bundle = new ConfluencePlatformBundle();
        bundle.version = record.confluence().baseline();
        record.packages().forEach(p -> bundle.exports.put(p.name(), p.exportVersion()));
        record.platformPackages().packages().forEach(p -> bundle.exports.put(p.name(), p.exportVersion()));
        for (String packageName : bundle.exports.keySet()) {
            Map<String, byte[]> found = classesOfPackage(packageName);
            if (found.isEmpty()) {
                bundle.emptyPackages.add(packageName);
            }
            bundle.classes.putAll(found);
        }
        return bundle;
    }

    Map<String, String> exports() {
        return exports;
    }

    List<String> emptyPackages() {
        return emptyPackages;
    }

    Path writeTo(Path directory) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", SYMBOLIC_NAME);
        main.putValue("Bundle-Version", version);
        List<String> clauses = new ArrayList<>();
        exports.forEach((name, version) -> clauses.add(name + ";version=\"" + version + "\""));
        main.putValue("Export-Package", String.join(",", clauses));
        // The copied platform classes may need more than they export (e.g. Jackson's optional JDK integrations).
        main.putValue("DynamicImport-Package", "*");
        Path jar = directory.resolve("confluence-platform-model.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
                jarOut.putNextEntry(new JarEntry(entry.getKey()));
                jarOut.write(entry.getValue());
                jarOut.closeEntry();
            }
        }
        return jar;
    }

    /** Class files directly in {@code packageName}, from every entry of the test classpath. */
    private static Map<String, byte[]> classesOfPackage(String packageName) throws IOException {
        String folder = packageName.replace('.', '/') + "/";
        Map<String, byte[]> found = new TreeMap<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path) && Files.isDirectory(path.resolve(folder))) {
                try (Stream<Path> files = Files.list(path.resolve(folder))) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                        found.putIfAbsent(folder + file.getFileName(), Files.readAllBytes(file));
                    }
                }
            } else if (Files.isRegularFile(path) && entry.endsWith(".jar")) {
                try (JarFile jar = new JarFile(path.toFile())) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        JarEntry jarEntry = entries.nextElement();
                        String name = jarEntry.getName();
                        if (name.startsWith(folder) && name.endsWith(".class") && name.indexOf('/', folder.length()) < 0) {
                            found.putIfAbsent(name, jar.getInputStream(jarEntry).readAllBytes());
                        }
                    }
                }
            }
        }
        return found;
    }
}
