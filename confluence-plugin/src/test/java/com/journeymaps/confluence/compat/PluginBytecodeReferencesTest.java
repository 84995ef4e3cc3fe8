package com.journeymaps.confluence.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeymaps.confluence.compat.ApiRecord.MemberEntry;
import com.journeymaps.confluence.compat.ApiRecord.TypeEntry;
import com.journeymaps.confluence.compat.AtlassianReferences.Reference;
import com.journeymaps.confluence.macro.JourneyMapMacro;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Type;

/**
 * Every Atlassian type and member that the plugin's own class files reference is in the API record, so nothing
 * the plugin links against in Confluence has escaped the javadoc check. A member may also be inherited: through
 * recorded supertypes, or from the JDK class a recorded type extends ({@code SoyException.getMessage()}).
 */
class PluginBytecodeReferencesTest {

    private final ApiRecord record = ApiRecord.load();

    private final AtlassianReferences target = AtlassianReferences.scan(pluginClasses());

    private static Path pluginClasses() {
        try {
            return Path.of(JourneyMapMacro.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void scan_findsThePluginsKnownUsesOfTheMacroAndSoyApi() {
        assertThat(target.scannedClasses()).contains("com/journeymaps/confluence/macro/JourneyMapMacro",
                "com/journeymaps/confluence/adapter/ConfluenceTemplateRenderer");
        assertThat(target.references()).extracting(r -> r.kind() + " " + r.owner() + (r.name() == null ? "" : "." + r.name()))
                .contains("type com/atlassian/confluence/macro/Macro",
                        "method com/atlassian/confluence/content/render/xhtml/ConversionContext.getOutputType",
                        "method com/atlassian/confluence/macro/MacroExecutionException.<init>",
                        "field com/atlassian/confluence/macro/Macro$BodyType.PLAIN_TEXT",
                        "method com/atlassian/soy/renderer/SoyTemplateRenderer.render");
    }

    @Test
    void everyAtlassianTypeThePluginReferences_isRecorded() {
        Map<String, TypeEntry> types = record.typesByName();
        List<String> unrecorded = target.references().stream()
                .filter(r -> !types.containsKey(r.owner().replace('/', '.')))
                .map(Reference::toString).toList();
        assertThat(unrecorded).as("Atlassian types used by the plugin but missing from confluence-api-record.json").isEmpty();
    }

    @Test
    void everyAtlassianMemberThePluginReferences_isRecordedWithTheSameDescriptor() {
        Map<String, TypeEntry> types = record.typesByName();
        List<String> unrecorded = new ArrayList<>();
        for (Reference reference : target.references()) {
            if (reference.name() != null && types.containsKey(reference.owner().replace('/', '.'))
                    && !resolves(reference, types)) {
                unrecorded.add(reference.toString());
            }
        }
        assertThat(unrecorded).as("Atlassian members used by the plugin but missing from confluence-api-record.json").isEmpty();
    }

    @Test
    void everyRecordedType_isReferencedByThePluginsBytecodeOrSpringContext() throws Exception {
        // A stub nobody uses is API we claim to depend on without reason: prune it from stubs and record together.
        Set<String> used = new TreeSet<>();
        target.references().forEach(r -> used.add(r.owner().replace('/', '.')));
        String context = Files.readString(pluginClasses().resolve("META-INF/spring/plugin-context.xml"));
        Matcher imported = Pattern.compile("interface=\"([^\"]+)\"").matcher(context);
        while (imported.find()) {
            used.add(imported.group(1));
        }
        List<String> unusedTypes = record.types().stream().map(TypeEntry::name).filter(n -> !used.contains(n)).toList();
        assertThat(unusedTypes).as("recorded types the plugin never references").isEmpty();
    }

    /** Finds the member on the owner or, as the JVM's resolution does, on its supertypes. */
    private static boolean resolves(Reference reference, Map<String, TypeEntry> types) {
        Deque<String> pending = new ArrayDeque<>(List.of(reference.owner().replace('/', '.')));
        Set<String> seen = new TreeSet<>();
        while (!pending.isEmpty()) {
            String typeName = pending.pop();
            if (!seen.add(typeName)) {
                continue;
            }
            TypeEntry type = types.get(typeName);
            if (type == null) {
                if (!typeName.startsWith("com.atlassian.") && jdkDeclares(typeName, reference)) {
                    return true;
                }
                continue;
            }
            for (MemberEntry member : type.members()) {
                if (matches(member, type, reference)) {
                    return true;
                }
            }
            if (type.superclass() != null) {
                pending.add(Signatures.eraseGenerics(type.superclass()));
            } else {
                pending.add("java.lang.Object");
            }
            type.interfaces().forEach(i -> pending.add(Signatures.eraseGenerics(i)));
        }
        return false;
    }

    private static boolean matches(MemberEntry member, TypeEntry type, Reference reference) {
        List<String> typeParameters = new ArrayList<>(member.typeParameters());
        if (type.typeParameters() != null) {
            typeParameters.addAll(type.typeParameters());
        }
        return switch (reference.kind()) {
            case "method" -> (member.kind().equals("method") || member.kind().equals("constructor"))
                    && member.name().equals(reference.name())
                    && Signatures.methodDescriptor(member.parameters(), member.returns(), typeParameters).equals(reference.descriptor());
            case "field" -> member.kind().equals("enum-constant")
                    ? member.name().equals(reference.name()) && reference.descriptor().equals("L" + type.internalName() + ";")
                    : member.kind().equals("field") && member.name().equals(reference.name())
                            && Signatures.descriptor(member.type(), typeParameters).equals(reference.descriptor());
            default -> false;
        };
    }

    private static boolean jdkDeclares(String className, Reference reference) {
        try {
            Class<?> type = Class.forName(className);
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                if (reference.kind().equals("method")) {
                    for (Method method : c.getDeclaredMethods()) {
                        if (method.getName().equals(reference.name()) && Type.getMethodDescriptor(method).equals(reference.descriptor())) {
                            return true;
                        }
                    }
                } else {
                    for (Field field : c.getDeclaredFields()) {
                        if (field.getName().equals(reference.name()) && Type.getDescriptor(field.getType()).equals(reference.descriptor())) {
                            return true;
                        }
                    }
                }
            }
            return false;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
