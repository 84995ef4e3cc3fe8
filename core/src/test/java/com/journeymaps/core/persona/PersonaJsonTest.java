package com.journeymaps.core.persona;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonaJsonTest {

    @Test
    void parse_readsEveryField() {
        Optional<Persona> target = PersonaJson.parse("""
                {"name": "Priya", "role": "IT admin", "segment": "B2B", "photoUrl": "https://x.example/p.png",
                 "quote": "Just work.", "demographics": "34, Berlin", "goals": ["Roll out fast"],
                 "needs": ["SSO"], "motivations": ["Less tickets"], "behaviours": ["Reads docs"],
                 "painPoints": ["Slow support"], "channels": ["web", "phone"], "x-new": 1}""");

        assertThat(target).contains(new Persona("Priya", "IT admin", "B2B", "https://x.example/p.png", "Just work.",
                "34, Berlin", java.util.List.of("Roll out fast"), java.util.List.of("SSO"),
                java.util.List.of("Less tickets"), java.util.List.of("Reads docs"), java.util.List.of("Slow support"),
                java.util.List.of("web", "phone")));
    }

    @Test
    void parse_skipsValuesOfTheWrongTypeAndAcceptsASingleTextForALists() {
        Persona target = PersonaJson.parse("{\"name\": 42, \"role\": \" \", \"goals\": \"One goal\", \"needs\": [1, \"ok\"]}")
                .orElseThrow();

        assertThat(target.name()).isNull();
        assertThat(target.role()).isNull();
        assertThat(target.goals()).containsExactly("One goal");
        assertThat(target.needs()).containsExactly("ok");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "[1]", "{oops", "\"text\""})
    void parse_refusesWhatIsNotAnObject(String json) {
        assertThat(PersonaJson.parse(json)).isEmpty();
    }
}
