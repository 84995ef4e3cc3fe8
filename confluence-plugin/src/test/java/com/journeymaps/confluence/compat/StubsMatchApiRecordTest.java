package com.journeymaps.confluence.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeymaps.confluence.compat.ApiRecord.MemberEntry;
import com.journeymaps.confluence.compat.ApiRecord.TypeEntry;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.TypeVariable;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The compile stubs are exactly the API record: same types, same kind, supertypes and members (parameter and
 * return types, checked exceptions, static/abstract/default), nothing more and nothing less; and every entry of
 * the record says where it was read. With {@code -Datlassian.api} the classes on the classpath are Atlassian's
 * real ones: then every recorded member must exist there as recorded (extra real members are expected).
 */
class StubsMatchApiRecordTest {

    private static final String STUB_MARKER = "confluence-api-stubs";

    private final ApiRecord target = ApiRecord.load();

    @Test
    void everyRecordedTypeAndMember_namesTheJavadocPageAndVersionItWasReadOn() {
        assertThat(target.types()).isNotEmpty();
        for (TypeEntry type : target.types()) {
            assertThat(type.javadoc()).as("javadoc of %s", type.name()).startsWith("https://");
            assertThat(type.javadocVersion()).as("javadoc version of %s", type.name()).isNotBlank();
            assertThat(type.javadocProduct()).as("javadoc product of %s", type.name()).isNotBlank();
            assertThat(type.confirmedFor()).as("confirmedFor of %s", type.name()).matches("\\d+(\\.\\d+)*|UNCONFIRMED");
            for (MemberEntry member : type.members()) {
                String where = type.name() + " " + member.signature();
                assertThat(member.javadoc()).as("javadoc of %s", where).startsWith("https://");
                assertThat(member.javadocVersion()).as("javadoc version of %s", where).isNotBlank();
                assertThat(member.confirmedFor()).as("confirmedFor of %s", where).matches("\\d+(\\.\\d+)*|UNCONFIRMED");
                assertThat(member.kind()).as("kind of %s", where).isIn("method", "constructor", "field", "enum-constant");
            }
        }
    }

    @Test
    void everyRecordedPackage_hasAnExportVersionAndEveryRecordedTypeIsInARecordedPackage() {
        Set<String> packages = new TreeSet<>();
        target.packages().forEach(p -> {
            assertThat(p.exportVersion()).as("export version of %s", p.name()).matches("\\d+\\.\\d+\\.\\d+");
            assertThat(p.basis()).as("basis of %s", p.name()).isNotBlank();
            packages.add(p.name());
        });
        assertThat(target.types()).allSatisfy(t -> assertThat(packages).as("package of %s", t.name()).contains(t.packageName()));
    }

    @Test
    void everyRecordedType_isOnTheCompileClasspathAsRecorded() throws Exception {
        List<String> differences = new ArrayList<>();
        for (TypeEntry entry : target.types()) {
            Class<?> type;
            try {
                type = Class.forName(entry.name(), false, getClass().getClassLoader());
            } catch (ClassNotFoundException e) {
                differences.add(entry.name() + ": recorded but not on the classpath");
                continue;
            }
            boolean stub = isStub(type);
            if (stub) {
                compareType(entry, type, differences);
            } else {
                compareSupertypes(entry, type, differences);
            }
            Set<String> recorded = new TreeSet<>();
            entry.members().forEach(m -> recorded.add(m.signature()));
            Set<String> actual = stub ? declaredMembers(type) : declaredOrInheritedMembers(type);
            for (String member : recorded) {
                if (!actual.contains(member)) {
                    differences.add(entry.name() + ": recorded member missing or different: " + member
                            + closest(member, actual));
                }
            }
            if (stub) {
                for (String member : actual) {
                    if (!recorded.contains(member)) {
                        differences.add(entry.name() + ": stub declares a member the record does not list: " + member);
                    }
                }
            }
        }
        assertThat(differences).as("differences between the API record and the compiled classes").isEmpty();
    }

    @Test
    void everyStubClass_isInTheRecord() throws Exception {
        Path stubs = Path.of(Class.forName(target.types().get(0).name()).getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!stubs.toString().contains(STUB_MARKER)) {
            return; // -Datlassian.api: the real API has far more than we use; only recorded members are checked
        }
        Set<String> stubTypes = new TreeSet<>();
        try (Stream<Path> files = classFiles(stubs)) {
            files.forEach(file -> stubTypes.add(file.toString().replaceFirst("^/", "").replace(".class", "").replace('/', '.')));
        }
        assertThat(stubTypes).isNotEmpty();
        assertThat(stubTypes).containsExactlyInAnyOrderElementsOf(target.typesByName().keySet());
    }

    private static Stream<Path> classFiles(Path location) throws IOException {
        if (Files.isDirectory(location)) {
            return Files.walk(location).filter(p -> p.toString().endsWith(".class")).map(location::relativize)
                    .map(p -> Path.of("/" + p.toString().replace('\\', '/')));
        }
        FileSystem jar = FileSystems.newFileSystem(location);
        return Files.walk(jar.getPath("/")).filter(p -> p.toString().endsWith(".class")).map(p -> Path.of(p.toString()))
                .onClose(() -> {
                    try {
                        jar.close();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }

    private static boolean isStub(Class<?> type) throws URISyntaxException {
        return type.getProtectionDomain().getCodeSource().getLocation().toURI().toString().contains(STUB_MARKER);
    }

    static String kindOf(Class<?> type) {
        if (type.isAnnotation()) {
            return "annotation";
        }
        if (type.isEnum()) {
            return "enum";
        }
        if (type.isInterface()) {
            return "interface";
        }
        return Modifier.isAbstract(type.getModifiers()) ? "abstract class" : "class";
    }

    private static void compareType(TypeEntry entry, Class<?> type, List<String> differences) {
        check(differences, entry.name(), "kind", entry.kind(), kindOf(type));
        String superclass = type.getGenericSuperclass() == null ? null : type.getGenericSuperclass().getTypeName();
        check(differences, entry.name(), "superclass", entry.superclass(), superclass);
        check(differences, entry.name(), "interfaces", String.valueOf(new TreeSet<>(entry.interfaces())),
                String.valueOf(new TreeSet<>(Signatures.typeNames(type.getGenericInterfaces()))));
        check(differences, entry.name(), "type parameters",
                String.valueOf(entry.typeParameters() == null ? List.of() : entry.typeParameters()),
                String.valueOf(typeParameters(type.getTypeParameters())));
    }

    /**
     * Against Atlassian's real classes the record may name a supertype further up than the direct one: the stubs
     * flatten long hierarchies (ContentEntityObject, Page, PageManager, ConfluenceUser; see their record entries). What
     * linking needs, and what is checked, is that every recorded supertype is one, and the kind is the same.
     */
    private static void compareSupertypes(TypeEntry entry, Class<?> type, List<String> differences) {
        check(differences, entry.name(), "kind", entry.kind(), kindOf(type));
        List<String> supertypes = new ArrayList<>(entry.interfaces());
        if (entry.superclass() != null) {
            supertypes.add(entry.superclass());
        }
        for (String supertype : supertypes) {
            String erased = Signatures.eraseGenerics(supertype);
            try {
                if (!Class.forName(erased, false, type.getClassLoader()).isAssignableFrom(type)) {
                    differences.add(entry.name() + ": recorded supertype " + supertype + " is not a supertype");
                }
            } catch (ClassNotFoundException e) {
                differences.add(entry.name() + ": recorded supertype " + supertype + " is not on the classpath");
            }
        }
    }

    /** The type's own members and those of its superclasses and interfaces: where a call through the type resolves. */
    static Set<String> declaredOrInheritedMembers(Class<?> type) {
        Set<String> members = new TreeSet<>();
        java.util.Deque<Class<?>> pending = new java.util.ArrayDeque<>(List.of(type));
        Set<Class<?>> seen = new java.util.HashSet<>();
        while (!pending.isEmpty()) {
            Class<?> next = pending.pop();
            if (!seen.add(next)) {
                continue;
            }
            Set<String> declared = declaredMembers(next);
            if (next != type) {
                declared.removeIf(m -> m.startsWith("constructor "));
            }
            members.addAll(declared);
            if (next.getSuperclass() != null) {
                pending.add(next.getSuperclass());
            }
            pending.addAll(List.of(next.getInterfaces()));
        }
        return members;
    }

    private static void check(List<String> differences, String type, String what, Object recorded, Object actual) {
        if (!java.util.Objects.equals(recorded, actual)) {
            differences.add(type + ": " + what + " recorded as " + recorded + " but compiled as " + actual);
        }
    }

    /** Public and protected declarations, in the record's normal form. */
    static Set<String> declaredMembers(Class<?> type) {
        Set<String> members = new TreeSet<>();
        for (Method method : type.getDeclaredMethods()) {
            if (method.isSynthetic() || method.isBridge() || !visible(method.getModifiers())) {
                continue;
            }
            List<String> modifiers = new ArrayList<>();
            if (Modifier.isStatic(method.getModifiers())) {
                modifiers.add("static");
            }
            if (Modifier.isAbstract(method.getModifiers())) {
                modifiers.add("abstract");
            }
            if (method.isDefault()) {
                modifiers.add("default");
            }
            if (Modifier.isProtected(method.getModifiers())) {
                modifiers.add("protected");
            }
            members.add(Signatures.member("method", modifiers, typeParameters(method.getTypeParameters()), method.getName(),
                    Signatures.typeNames(method.getGenericParameterTypes()), method.getGenericReturnType().getTypeName(),
                    Signatures.typeNames(method.getGenericExceptionTypes())));
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (constructor.isSynthetic() || !visible(constructor.getModifiers())) {
                continue;
            }
            List<String> modifiers = Modifier.isProtected(constructor.getModifiers()) ? List.of("protected") : List.of();
            members.add(Signatures.member("constructor", modifiers, typeParameters(constructor.getTypeParameters()), "<init>",
                    Signatures.typeNames(constructor.getGenericParameterTypes()), null,
                    Signatures.typeNames(constructor.getGenericExceptionTypes())));
        }
        for (Field field : type.getDeclaredFields()) {
            if (field.isSynthetic() || !visible(field.getModifiers())) {
                continue;
            }
            if (field.isEnumConstant()) {
                members.add(Signatures.member("enum-constant", List.of(), List.of(), field.getName(), List.of(), null, List.of()));
                continue;
            }
            List<String> modifiers = new ArrayList<>();
            if (Modifier.isStatic(field.getModifiers())) {
                modifiers.add("static");
            }
            if (Modifier.isFinal(field.getModifiers())) {
                modifiers.add("final");
            }
            if (Modifier.isProtected(field.getModifiers())) {
                modifiers.add("protected");
            }
            members.add(Signatures.member("field", modifiers, List.of(), field.getName(), List.of(),
                    field.getGenericType().getTypeName(), List.of()));
        }
        return members;
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static List<String> typeParameters(TypeVariable<?>[] variables) {
        List<String> declarations = new ArrayList<>();
        for (TypeVariable<?> variable : variables) {
            List<String> bounds = Signatures.typeNames(variable.getBounds());
            declarations.add(bounds.equals(List.of("java.lang.Object"))
                    ? variable.getName() : variable.getName() + " extends " + String.join(" & ", bounds));
        }
        return declarations;
    }

    private static String closest(String member, Set<String> actual) {
        String name = member.replaceFirst("^\\S+( \\S+)*? (\\S+?)\\(.*$", "$2");
        List<String> sameName = actual.stream().filter(a -> a.contains(" " + name + "(") || a.endsWith(" " + name)).toList();
        return sameName.isEmpty() ? " (no member of that name)" : " (compiled: " + sameName + ")";
    }
}
