package com.journeymaps.confluence.compat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Normal forms shared by the record and the class files, so that a comparison is a string comparison. */
final class Signatures {

    private static final Map<String, String> PRIMITIVES = Map.of(
            "void", "V", "boolean", "Z", "byte", "B", "char", "C", "short", "S",
            "int", "I", "long", "J", "float", "F", "double", "D");

    private Signatures() {
    }

    static String member(String kind, List<String> modifiers, List<String> typeParameters, String name,
            List<String> parameters, String returns, List<String> throwsTypes) {
        StringBuilder line = new StringBuilder(kind);
        for (String modifier : new TreeSet<>(modifiers)) {
            line.append(' ').append(modifier);
        }
        if (!typeParameters.isEmpty()) {
            line.append(" <").append(String.join(", ", typeParameters)).append('>');
        }
        line.append(' ').append(name);
        if (kind.equals("method") || kind.equals("constructor")) {
            line.append('(').append(String.join(", ", parameters)).append(')');
        }
        if (returns != null) {
            line.append(" : ").append(returns);
        }
        if (!throwsTypes.isEmpty()) {
            line.append(" throws ").append(String.join(", ", new TreeSet<>(throwsTypes)));
        }
        return line.toString();
    }

    /**
     * The JVM descriptor of a Java-source type as the record writes it: generics erased, type variables replaced
     * by their first bound (or Object), arrays kept.
     */
    static String descriptor(String javaType, List<String> typeParameters) {
        String erased = eraseGenerics(javaType).trim();
        int dims = 0;
        while (erased.endsWith("[]")) {
            dims++;
            erased = erased.substring(0, erased.length() - 2).trim();
        }
        if (erased.endsWith("...")) {
            dims++;
            erased = erased.substring(0, erased.length() - 3).trim();
        }
        String element;
        if (PRIMITIVES.containsKey(erased)) {
            element = PRIMITIVES.get(erased);
        } else if (!erased.contains(".")) {
            element = descriptor(boundOf(erased, typeParameters), List.of());
        } else {
            element = "L" + erased.replace('.', '/') + ";";
        }
        return "[".repeat(dims) + element;
    }

    static String methodDescriptor(List<String> parameters, String returns, List<String> typeParameters) {
        StringBuilder descriptor = new StringBuilder("(");
        for (String parameter : parameters) {
            descriptor.append(descriptor(parameter, typeParameters));
        }
        return descriptor.append(')').append(returns == null ? "V" : descriptor(returns, typeParameters)).toString();
    }

    private static String boundOf(String typeVariable, List<String> typeParameters) {
        for (String declaration : typeParameters) {
            String[] parts = declaration.split("\\s+extends\\s+", 2);
            if (parts[0].trim().equals(typeVariable)) {
                return parts.length == 2 ? parts[1].split("&")[0].trim() : "java.lang.Object";
            }
        }
        throw new IllegalArgumentException("type " + typeVariable + " is neither qualified nor a declared type variable "
                + typeParameters + "; write qualified names in the API record");
    }

    static String eraseGenerics(String type) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : type.toCharArray()) {
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static List<String> typeNames(java.lang.reflect.Type[] types) {
        List<String> names = new ArrayList<>();
        for (java.lang.reflect.Type type : types) {
            names.add(type.getTypeName());
        }
        return names;
    }
}
