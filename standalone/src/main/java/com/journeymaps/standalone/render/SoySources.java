package com.journeymaps.standalone.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Finds every Soy template file under one classpath folder, in directories and in jars alike (the
 * web module's jar, the standalone's own classes, the shaded server jar), so a template added to a
 * feature folder is picked up without a list to keep in step.
 */
final class SoySources {

    private SoySources() {
    }

    /** Classpath path → template source, sorted by path so compilation order is stable. */
    static Map<String, String> find(ClassLoader loader, String folder) {
        Map<String, String> sources = new TreeMap<>();
        try {
            Enumeration<URL> roots = loader.getResources(folder);
            for (URL root : Collections.list(roots)) {
                collect(root, folder, sources);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list Soy templates under " + folder, e);
        }
        return sources;
    }

    private static void collect(URL root, String folder, Map<String, String> sources) throws IOException {
        URI uri;
        try {
            uri = root.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("bad classpath URL " + root, e);
        }
        if ("jar".equals(uri.getScheme())) {
            FileSystem jar;
            boolean opened = false;
            try {
                jar = FileSystems.newFileSystem(uri, Map.of());
                opened = true;
            } catch (FileSystemAlreadyExistsException e) {
                jar = FileSystems.getFileSystem(uri);
            }
            try {
                walk(jar.getPath(folder), folder, sources);
            } finally {
                if (opened) {
                    jar.close();
                }
            }
        } else {
            walk(Path.of(uri), folder, sources);
        }
    }

    private static void walk(Path base, String folder, Map<String, String> sources) throws IOException {
        try (Stream<Path> files = Files.walk(base)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".soy")).toList()) {
                String relative = base.relativize(file).toString().replace('\\', '/');
                sources.put(folder + "/" + relative, Files.readString(file, StandardCharsets.UTF_8));
            }
        }
    }
}
