package com.journeymaps.core.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The storage-format pages in {@code src/test/resources/storage}, written to Confluence's published
 * storage-format reference, with the ids of the journey-map and persona macros each one holds.
 */
final class StorageCorpus {

    record Page(String file, List<String> ids) {

        /** The raw bytes of the file. */
        byte[] bytes() {
            try (InputStream in = StorageCorpus.class.getResourceAsStream("/storage/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("missing corpus page " + file);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The page as text; fails on malformed UTF-8 instead of silently replacing bytes. */
        String text() {
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes())).toString();
            } catch (CharacterCodingException e) {
                throw new IllegalStateException(file + " is not UTF-8", e);
            }
        }

        @Override
        public String toString() {
            return file;
        }
    }

    static final List<Page> PAGES = List.of(
            new Page("customer-onboarding.storage", List.of("onboarding-2026")),
            new Page("two-column-layout.storage", List.of("support-q4", "support-q4-escalations")),
            new Page("persona-page.storage", List.of("persona-priya")),
            new Page("workshop-with-code-and-expand.storage", List.of("checkout-v2")),
            new Page("international.storage", List.of("intl-checkout", "persona-yuki")),
            new Page("windows-export-crlf.storage", List.of("renewal", "persona-finance")),
            new Page("copied-macro.storage", List.of("shared-template", "shared-template", "team-west")),
            new Page("retro-tables.storage", List.of("returns-before", "returns-after")),
            new Page("release-notes-no-maps.storage", List.of()));

    private StorageCorpus() {
    }

    static Page page(String file) {
        return PAGES.stream().filter(page -> page.file().equals(file)).findFirst().orElseThrow();
    }
}
