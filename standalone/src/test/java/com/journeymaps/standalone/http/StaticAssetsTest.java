package com.journeymaps.standalone.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticAssetsTest {

    @TempDir
    Path root;

    private StaticAssets assets(String content) throws Exception {
        Path folder = Files.createDirectories(root.resolve(StaticAssets.FOLDER));
        Files.writeString(folder.resolve("app.js"), content);
        return new StaticAssets(new URLClassLoader(new URL[] {root.toUri().toURL()}, null));
    }

    @Test
    void aFilesLink_carriesTheVersionOfItsContent() throws Exception {
        StaticAssets assets = assets("console.log(1);");
        StaticAssets.Asset asset = assets.get("app.js").orElseThrow();

        assertThat(asset.bytes()).isEqualTo("console.log(1);".getBytes(StandardCharsets.UTF_8));
        assertThat(asset.version()).hasSize(16).isEqualTo(StaticAssets.version(asset.bytes()));
        assertThat(assets.url("app.js")).isEqualTo("/static/app.js?v=" + asset.version());
        assertThat(StaticAssets.version("console.log(2);".getBytes(StandardCharsets.UTF_8)))
                .as("other content, another version").isNotEqualTo(asset.version());
    }

    @Test
    void aMissingFile_isNotFound_andLinkedWithoutAVersion() throws Exception {
        StaticAssets assets = assets("x");
        assertThat(assets.get("other.js")).isEmpty();
        assertThat(assets.url("other.js")).isEqualTo("/static/other.js");
    }

    @Test
    void onlyPlainFileNames_areRead() throws Exception {
        StaticAssets assets = assets("x");
        Files.writeString(root.resolve("journeymaps/secret.txt"), "no");
        assertThat(assets.get("../secret.txt")).isEmpty();
        assertThat(assets.get("..")).isEmpty();
        assertThat(assets.get(".hidden")).isEmpty();
        assertThat(assets.get(null)).isEmpty();
        assertThatThrownBy(() -> assets.url("../secret.txt")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> assets.url("a\"onload=\"x")).isInstanceOf(IllegalArgumentException.class);
    }
}
