package com.journeymaps.confluence.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Every place a class file names an Atlassian type or member: supertypes, field and method descriptors, declared
 * exceptions, annotations, and in method bodies every call, field access, {@code new}, cast, {@code instanceof},
 * constant, method handle and catch clause. What the JVM will have to link when Confluence runs the plugin.
 */
final class AtlassianReferences {

    static final String PREFIX = "com/atlassian/";

    /** A type, or a member of it ({@code name} and {@code descriptor} null for a type). */
    record Reference(String owner, String kind, String name, String descriptor, String from) implements Comparable<Reference> {

        @Override
        public int compareTo(Reference other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return name == null ? kind + " " + owner + " (in " + from + ")"
                    : kind + " " + owner + "." + name + descriptor + " (in " + from + ")";
        }
    }

    private final Set<Reference> references = new TreeSet<>();
    private final List<String> scannedClasses = new ArrayList<>();

    /** Scans a directory of class files, or a jar. */
    static AtlassianReferences scan(Path classes) {
        if (Files.isRegularFile(classes)) {
            try (java.nio.file.FileSystem jar = java.nio.file.FileSystems.newFileSystem(classes)) {
                return scanTree(jar.getPath("/"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return scanTree(classes);
    }

    private static AtlassianReferences scanTree(Path classesDirectory) {
        AtlassianReferences result = new AtlassianReferences();
        try (Stream<Path> files = Files.walk(classesDirectory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().endsWith("module-info.class")).sorted().toList()) {
                result.scanClass(Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    Set<Reference> references() {
        return references;
    }

    List<String> scannedClasses() {
        return scannedClasses;
    }

    private void scanClass(byte[] bytes) {
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
            private String from;

            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                from = name;
                scannedClasses.add(name);
                internalName(superName, from);
                if (interfaces != null) {
                    for (String i : interfaces) {
                        internalName(i, from);
                    }
                }
            }

            @Override
            public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
                descriptor(descriptor, from);
                return null;
            }

            @Override
            public void visitInnerClass(String name, String outerName, String innerName, int access) {
                internalName(name, from);
            }

            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                descriptor(descriptor, from + "." + name);
                return null;
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                String where = from + "." + name + descriptor;
                descriptor(descriptor, where);
                if (exceptions != null) {
                    for (String e : exceptions) {
                        internalName(e, where);
                    }
                }
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                        descriptor(annotation, where);
                        return null;
                    }

                    @Override
                    public void visitMethodInsn(int opcode, String owner, String member, String memberDescriptor, boolean isInterface) {
                        member(owner, "method", member, memberDescriptor, where);
                        descriptor(memberDescriptor, where);
                    }

                    @Override
                    public void visitFieldInsn(int opcode, String owner, String member, String memberDescriptor) {
                        member(owner, "field", member, memberDescriptor, where);
                        descriptor(memberDescriptor, where);
                    }

                    @Override
                    public void visitTypeInsn(int opcode, String type) {
                        internalName(type, where);
                    }

                    @Override
                    public void visitMultiANewArrayInsn(String arrayDescriptor, int dims) {
                        descriptor(arrayDescriptor, where);
                    }

                    @Override
                    public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
                        internalName(type, where);
                    }

                    @Override
                    public void visitLocalVariable(String local, String localDescriptor, String signature, Label start, Label end, int index) {
                        descriptor(localDescriptor, where);
                    }

                    @Override
                    public void visitLdcInsn(Object value) {
                        constant(value, where);
                    }

                    @Override
                    public void visitInvokeDynamicInsn(String indy, String indyDescriptor, Handle bootstrap, Object... arguments) {
                        descriptor(indyDescriptor, where);
                        constant(bootstrap, where);
                        for (Object argument : arguments) {
                            constant(argument, where);
                        }
                    }
                };
            }
        }, 0);
    }

    private void constant(Object value, String where) {
        if (value instanceof Type type) {
            descriptor(type.getDescriptor(), where);
        } else if (value instanceof Handle handle) {
            boolean field = handle.getTag() <= Opcodes.H_PUTSTATIC;
            member(handle.getOwner(), field ? "field" : "method", handle.getName(), handle.getDesc(), where);
            descriptor(handle.getDesc(), where);
        } else if (value instanceof ConstantDynamic dynamic) {
            descriptor(dynamic.getDescriptor(), where);
            constant(dynamic.getBootstrapMethod(), where);
            for (int i = 0; i < dynamic.getBootstrapMethodArgumentCount(); i++) {
                constant(dynamic.getBootstrapMethodArgument(i), where);
            }
        }
    }

    private void member(String owner, String kind, String name, String descriptor, String where) {
        String type = elementType(owner);
        if (type != null && type.startsWith(PREFIX)) {
            references.add(new Reference(type, kind, name, descriptor, where));
            references.add(new Reference(type, "type", null, null, where));
        }
    }

    private void internalName(String name, String where) {
        String type = elementType(name);
        if (type != null && type.startsWith(PREFIX)) {
            references.add(new Reference(type, "type", null, null, where));
        }
    }

    private void descriptor(String descriptor, String where) {
        if (descriptor == null) {
            return;
        }
        Type type = Type.getType(descriptor);
        if (type.getSort() == Type.METHOD) {
            descriptor(type.getReturnType().getDescriptor(), where);
            for (Type argument : type.getArgumentTypes()) {
                descriptor(argument.getDescriptor(), where);
            }
        } else if (type.getSort() == Type.ARRAY) {
            descriptor(type.getElementType().getDescriptor(), where);
        } else if (type.getSort() == Type.OBJECT) {
            internalName(type.getInternalName(), where);
        }
    }

    /** Internal name of the element type of {@code name}, which may be an array descriptor. */
    private static String elementType(String name) {
        if (name == null) {
            return null;
        }
        if (name.startsWith("[")) {
            Type element = Type.getType(name).getElementType();
            return element.getSort() == Type.OBJECT ? element.getInternalName() : null;
        }
        return name;
    }
}
