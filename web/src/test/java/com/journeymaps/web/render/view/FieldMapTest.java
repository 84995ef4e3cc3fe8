package com.journeymaps.web.render.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldMapTest {

    private static final FieldMap.Shape SHAPE = new FieldMap.Shape("id", "name", "count", "flag");

    @Test
    void behavesAsAMapOfTheFieldsSetSoFar_inShapeOrder() {
        FieldMap fields = new FieldMap(SHAPE);
        assertThat(fields).isEmpty();

        assertThat(fields.put("count", 3)).isNull();
        assertThat(fields.put("id", "tp-1")).isNull();
        assertThat(fields.put("flag", null)).isNull();

        assertThat(fields).hasSize(3);
        assertThat(fields.keySet()).containsExactly("id", "count", "flag");
        assertThat(fields.get("id")).isEqualTo("tp-1");
        assertThat(fields.get("name")).isNull();
        assertThat(fields.containsKey("name")).isFalse();
        assertThat(fields.containsKey("flag")).isTrue(); // null is a value like any other
        assertThat(fields.get("other")).isNull();
        assertThat(fields.containsKey("other")).isFalse();
        Map<String, Object> same = new LinkedHashMap<>();
        same.put("flag", null);
        same.put("count", 3);
        same.put("id", "tp-1");
        assertThat(fields).isEqualTo(same);
        assertThat(same).isEqualTo(fields);
        assertThat(fields.hashCode()).isEqualTo(same.hashCode());
    }

    @Test
    void copyOfAPrototype_startsWithItsFieldsAndIsIndependentOfIt() {
        FieldMap prototype = new FieldMap(SHAPE);
        prototype.put("name", "");
        prototype.put("flag", true);

        FieldMap copy = new FieldMap(prototype);
        assertThat(copy).isEqualTo(Map.of("name", "", "flag", true)).hasSize(2);
        assertThat(copy.containsKey("id")).isFalse();

        copy.put("id", "tp-1");
        copy.put("name", "Checkout");
        copy.remove("flag");
        assertThat(copy).isEqualTo(Map.of("id", "tp-1", "name", "Checkout"));
        assertThat(prototype).as("the prototype is unchanged").isEqualTo(Map.of("name", "", "flag", true)).hasSize(2);

        prototype.put("count", 7);
        assertThat(copy.containsKey("count")).isFalse();
    }

    @Test
    void findsNamesThatAreEqualButNotTheSameInstance() {
        FieldMap fields = new FieldMap(SHAPE);
        String name = new String("name");

        fields.put(name, "Checkout");

        assertThat(fields.get("name")).isEqualTo("Checkout");
        assertThat(fields.get(new String("name"))).isEqualTo("Checkout");
    }

    @Test
    void putReplacesAndReturnsThePreviousValue_removeClearsTheField() {
        FieldMap fields = new FieldMap(SHAPE);
        fields.put("name", "Old");

        assertThat(fields.put("name", "New")).isEqualTo("Old");
        assertThat(fields).hasSize(1);
        assertThat(fields.remove("name")).isEqualTo("New");
        assertThat(fields.remove("name")).isNull();
        assertThat(fields.remove("other")).isNull();
        assertThat(fields).isEmpty();
    }

    @Test
    void iteratorRemovesAndEntriesWriteThrough() {
        FieldMap fields = new FieldMap(SHAPE);
        fields.put("id", "a");
        fields.put("name", "b");
        fields.put("count", 1);

        Iterator<Map.Entry<String, Object>> entries = fields.entrySet().iterator();
        Map.Entry<String, Object> first = entries.next();
        first.setValue("z");
        entries.next();
        entries.remove();

        assertThat(fields).containsExactly(Map.entry("id", "z"), Map.entry("count", 1));
        assertThatThrownBy(entries::remove).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesANameOutsideItsShape_andAShapeWithRepeatedNames() {
        FieldMap fields = new FieldMap(SHAPE);

        assertThatThrownBy(() -> fields.put("colour", "red"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'colour'")
                .hasMessageContaining("[id, name, count, flag]");
        assertThat(fields).isEmpty();
        assertThatThrownBy(() -> new FieldMap.Shape("id", "id")).isInstanceOf(IllegalArgumentException.class);
    }
}
