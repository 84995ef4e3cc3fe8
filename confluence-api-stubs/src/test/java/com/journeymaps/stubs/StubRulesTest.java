package com.journeymaps.stubs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/**
 * The stub rules, checked: only Atlassian packages, nothing but the JDK referenced, and every body
 * that exists (constructors, non-abstract methods) throws instead of pretending to work.
 */
class StubRulesTest {

    private final JavaClasses target = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.atlassian");

    @Test
    void stubs_areOnlyAtlassianTypesReferencingOnlyTheJdk() {
        assertThat(target).isNotEmpty();
        classes().should().resideInAPackage("com.atlassian..")
                .andShould().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.atlassian..")
                .check(target);
    }

    @Test
    void everyStubBody_throwsUnsupportedOperation() throws Exception {
        int bodies = 0;
        for (JavaClass stub : target) {
            Class<?> type = Class.forName(stub.getName());
            if (type.isInterface() || type.isEnum()) {
                continue;
            }
            if (Modifier.isAbstract(type.getModifiers())) {
                // Reflection cannot run an abstract class's constructor (InstantiationException before the body);
                // read its bytecode instead: it must create the UnsupportedOperationException it throws.
                for (JavaConstructor constructor : stub.getConstructors()) {
                    assertThat(constructor.getConstructorCallsFromSelf())
                            .as("%s constructor", type.getName())
                            .anyMatch(call -> call.getTargetOwner().isEquivalentTo(UnsupportedOperationException.class));
                    bodies++;
                }
            }
            for (Constructor<?> constructor : Modifier.isAbstract(type.getModifiers()) ? new Constructor<?>[0] : type.getDeclaredConstructors()) {
                constructor.setAccessible(true);
                Object[] args = defaults(constructor.getParameterTypes());
                assertThatThrownBy(() -> invoke(() -> constructor.newInstance(args)))
                        .as("%s constructor", type.getName())
                        .isInstanceOf(UnsupportedOperationException.class);
                bodies++;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isAbstract(method.getModifiers()) || method.isSynthetic() || !Modifier.isStatic(method.getModifiers())) {
                    continue; // instance methods cannot be reached: no stub instance can be constructed
                }
                method.setAccessible(true);
                assertThatThrownBy(() -> invoke(() -> method.invoke(null, defaults(method.getParameterTypes()))))
                        .as("%s.%s", type.getName(), method.getName())
                        .isInstanceOf(UnsupportedOperationException.class);
                bodies++;
            }
        }
        assertThat(bodies).isPositive();
    }

    private interface Call {
        Object run() throws ReflectiveOperationException;
    }

    private static void invoke(Call call) throws Throwable {
        try {
            call.run();
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Object[] defaults(Class<?>[] types) {
        Object[] values = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            // The element of a fresh one-element array is the type's default: null, 0, false.
            values[i] = types[i].isPrimitive() ? java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(types[i], 1), 0) : null;
        }
        return values;
    }
}
