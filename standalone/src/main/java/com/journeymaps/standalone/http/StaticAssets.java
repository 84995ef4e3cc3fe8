package com.journeymaps.standalone.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * The front end's files ({@code journeymaps/static} on the classpath: the esbuild bundle and the wiki's stylesheet),
 * each read once and kept with a version taken from its content. Pages link to {@link #url} ({@code
 * /static/journeymaps.js?v=…}), so a browser may keep a file for as long as it likes: a new build has new versions,
 * so new links. The files cannot change while the server runs (they are in its jar).
 */
public final class StaticAssets {

    static final String FOLDER = "journeymaps/static/";
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,100}");

    /** One file: its bytes and the version that names this content. */
    public record Asset(String name, byte[] bytes, String version) {
    }

    private final ClassLoader loader;
    /** Only files that exist are kept, and only files of the folder can be asked for, so this stays small. */
    private final ConcurrentMap<String, Asset> found = new ConcurrentHashMap<>();

    public StaticAssets(ClassLoader loader) {
        this.loader = loader;
    }

    /** The file of that plain name (no folders), if the folder has it. */
    public Optional<Asset> get(String name) {
        if (!safe(name)) {
            return Optional.empty();
        }
        Asset asset = found.get(name);
        if (asset == null) {
            asset = read(name);
            if (asset == null) {
                return Optional.empty();
            }
            found.putIfAbsent(name, asset);
        }
        return Optional.of(asset);
    }

    /**
     * The link to the file, with its version: {@code /static/journeymaps.js?v=Xk3…}. A file that is missing (a
     * build without the front end) gets its plain path, which answers 404 as it always did. Only plain file names
     * are taken: the link goes into pages as a trusted resource URL.
     */
    public String url(String name) {
        if (!safe(name)) {
            throw new IllegalArgumentException("not a plain file name: " + name);
        }
        return get(name).map(asset -> "/static/" + name + "?v=" + asset.version()).orElse("/static/" + name);
    }

    private static boolean safe(String name) {
        return name != null && SAFE_NAME.matcher(name).matches() && !name.contains("..");
    }

    private Asset read(String name) {
        try (InputStream in = loader.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                return null;
            }
            byte[] bytes = in.readAllBytes();
            return new Asset(name, bytes, version(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FOLDER + name, e);
        }
    }

    /** The first 96 bits of the content's SHA-256, URL-safe: 16 characters. */
    static String version(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
