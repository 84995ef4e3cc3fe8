package com.journeymaps.confluence.compat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The API record: every Confluence/Atlassian type and member the plugin compiles against, with the javadoc page
 * each was read from ({@code src/test/resources/confluence-api-record.json}). The stubs are checked against it
 * by {@link StubsMatchApiRecordTest}; the plugin's bytecode by {@link PluginBytecodeReferencesTest}; the Felix
 * test exports its packages at the recorded versions.
 */
public record ApiRecord(
        List<String> about,
        Confluence confluence,
        List<PackageEntry> packages,
        PlatformPackages platformPackages,
        List<TypeEntry> types) {

    public static final String RESOURCE = "/confluence-api-record.json";

    public record Confluence(String baseline, String basis) {
    }

    public record PackageEntry(String name, String exportVersion, String exportedBy, String basis) {
    }

    public record PlatformPackages(String about, List<PlatformPackage> packages) {
    }

    public record PlatformPackage(String name, String exportVersion, String basis) {
    }

    public record TypeEntry(
            String name,
            String kind,
            String superclass,
            List<String> interfaces,
            List<String> typeParameters,
            String javadoc,
            String javadocProduct,
            String javadocVersion,
            String confirmedFor,
            String evidence10x,
            List<MemberEntry> members) {

        public String packageName() {
            return name.substring(0, name.lastIndexOf('.'));
        }

        /** Binary name with slashes, as class files name it. */
        public String internalName() {
            return name.replace('.', '/');
        }
    }

    public record MemberEntry(
            String kind,
            String name,
            List<String> typeParameters,
            List<String> parameters,
            String returns,
            String type,
            List<String> throwsTypes,
            List<String> modifiers,
            String javadoc,
            String javadocVersion,
            String confirmedFor,
            String note) {

        @JsonCreator
        public static MemberEntry of(
                @JsonProperty("kind") String kind,
                @JsonProperty("name") String name,
                @JsonProperty("typeParameters") List<String> typeParameters,
                @JsonProperty("parameters") List<String> parameters,
                @JsonProperty("returns") String returns,
                @JsonProperty("type") String type,
                @JsonProperty("throws") List<String> throwsTypes,
                @JsonProperty("modifiers") List<String> modifiers,
                @JsonProperty("javadoc") String javadoc,
                @JsonProperty("javadocVersion") String javadocVersion,
                @JsonProperty("confirmedFor") String confirmedFor,
                @JsonProperty("note") String note) {
            return new MemberEntry(kind, name, orEmpty(typeParameters), orEmpty(parameters), returns, type,
                    orEmpty(throwsTypes), orEmpty(modifiers), javadoc, javadocVersion, confirmedFor, note);
        }

        /** One line that two equal members share: kind, modifiers, name, parameter/return types, exceptions. */
        public String signature() {
            return Signatures.member(kind, modifiers, typeParameters, name, parameters, returns != null ? returns : type, throwsTypes);
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    public static ApiRecord load() {
        try (InputStream in = ApiRecord.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath");
            }
            return new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in, ApiRecord.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Map<String, TypeEntry> typesByName() {
        return types.stream().collect(Collectors.toMap(TypeEntry::name, Function.identity()));
    }

    public Optional<TypeEntry> type(String name) {
        return types.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
