package com.journeymaps.confluence.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The record's Java-source types turn into the JVM descriptors the bytecode scan compares them with. */
class SignaturesTest {

    @Test
    void methodDescriptor_erasesGenericsAndKeepsArraysAndPrimitives() {
        String target = Signatures.methodDescriptor(
                List.of("java.util.Map<java.lang.String, java.util.List<java.lang.Object>>", "int", "java.lang.String[]"),
                "com.atlassian.confluence.macro.Macro$BodyType[]", List.of());

        assertThat(target).isEqualTo("(Ljava/util/Map;I[Ljava/lang/String;)[Lcom/atlassian/confluence/macro/Macro$BodyType;");
    }

    @Test
    void methodDescriptor_replacesATypeVariableByItsFirstBound() {
        String target = Signatures.methodDescriptor(
                List.of("T", "com.atlassian.confluence.core.Modification<T>"), null,
                List.of("T extends com.atlassian.confluence.core.ContentEntityObject"));

        assertThat(target).isEqualTo("(Lcom/atlassian/confluence/core/ContentEntityObject;Lcom/atlassian/confluence/core/Modification;)V");
    }

    @Test
    void descriptor_ofAnUnboundedTypeVariableIsObject() {
        assertThat(Signatures.descriptor("E", List.of("E"))).isEqualTo("Ljava/lang/Object;");
    }

    @Test
    void descriptor_refusesAnUnqualifiedNameThatIsNoTypeVariable() {
        assertThatThrownBy(() -> Signatures.descriptor("String", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("write qualified names in the API record");
    }

    @Test
    void member_isOneLineWithSortedModifiersAndExceptions() {
        String target = Signatures.member("method", List.of("static", "abstract"), List.of(), "render",
                List.of("java.lang.String"), "java.lang.String", List.of("b.B", "a.A"));

        assertThat(target).isEqualTo("method abstract static render(java.lang.String) : java.lang.String throws a.A, b.B");
    }
}
