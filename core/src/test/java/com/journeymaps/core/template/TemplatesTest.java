package com.journeymaps.core.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.journeymaps.core.i18n.BundleTexts;
import com.journeymaps.core.i18n.Texts;
import com.journeymaps.core.model.Ids;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.Lane;
import com.journeymaps.core.model.LaneType;
import com.journeymaps.core.model.Stage;
import com.journeymaps.core.model.Touchpoint;
import com.journeymaps.core.validation.MapValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TemplatesTest {

    private static final BundleTexts ENGLISH = BundleTexts.forLocale(Locale.ENGLISH);
    private static final BundleTexts GERMAN = BundleTexts.forLocale(Locale.GERMAN);

    static Stream<String> templateIds() {
        return Templates.all().stream().map(Template::id);
    }

    @Test
    void all_offersTheFiveBuiltInTemplates() {
        assertThat(Templates.all()).extracting(Template::id).containsExactly("b2c", "e-commerce", "b2b-saas",
                "service-blueprint", "blank");
    }

    @Test
    void create_b2cHasTheFiveClassicStages() {
        JourneyMap target = Templates.create(Templates.B2C, ENGLISH, Ids.seeded(1));

        assertThat(target.stages()).extracting(Stage::name)
                .containsExactly("Awareness", "Consideration", "Purchase", "Retention", "Advocacy");
    }

    @Test
    void create_eCommerceEndsWithPostPurchase() {
        JourneyMap target = Templates.create(Templates.E_COMMERCE, ENGLISH, Ids.seeded(1));

        assertThat(target.stages()).extracting(Stage::name)
                .containsExactly("Awareness", "Consideration", "Decision", "Purchase", "Post-purchase");
    }

    @Test
    void create_b2bSaasHasSevenStagesThroughRenewal() {
        JourneyMap target = Templates.create(Templates.B2B_SAAS, ENGLISH, Ids.seeded(1));

        assertThat(target.stages()).extracting(Stage::name).containsExactly("Awareness", "Consideration",
                "Decision", "Onboarding", "Adoption", "Renewal/Expansion", "Advocacy");
    }

    @Test
    void create_serviceBlueprintHasTheBlueprintLanesWithHints() {
        JourneyMap target = Templates.create(Templates.SERVICE_BLUEPRINT, ENGLISH, Ids.seeded(1));

        assertThat(target.lanes()).extracting(Lane::type).contains(LaneType.FRONTSTAGE, LaneType.BACKSTAGE,
                LaneType.SUPPORT_PROCESSES);
        Lane backstage = target.lanes().stream().filter(l -> l.type() == LaneType.BACKSTAGE).findFirst().orElseThrow();
        assertThat(backstage.cell(target.stages().get(0).id())).singleElement()
                .satisfies(item -> assertThat(item.text()).isEqualTo("What happens out of sight of the customer?"));
    }

    @Test
    void create_blankHasOneEmptyStageAndNoTouchpoints() {
        JourneyMap target = Templates.create(Templates.BLANK, ENGLISH, Ids.seeded(1));

        assertThat(target.stages()).extracting(Stage::name).containsExactly("Stage 1");
        assertThat(target.touchpoints()).isEmpty();
        assertThat(target.title()).isEqualTo("Blank journey map");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templateIds")
    void create_givesEveryStageAGoalAndOneExampleTouchpointWithAHint(String templateId) {
        JourneyMap target = Templates.create(templateId, ENGLISH, Ids.seeded(1));

        if (templateId.equals(Templates.BLANK)) {
            return; // covered by create_blankHasOneEmptyStageAndNoTouchpoints
        }
        for (Stage stage : target.stages()) {
            assertThat(stage.goal()).as(stage.name()).isNotBlank();
            assertThat(target.touchpointsIn(stage.id())).as(stage.name()).singleElement()
                    .satisfies(t -> assertThat(t.description()).startsWith("Example:"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templateIds")
    void create_makesAValidMap(String templateId) {
        JourneyMap target = Templates.create(templateId, GERMAN, Ids.random());

        assertThat(MapValidator.validate(target)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templateIds")
    void create_takesEveryWordFromTheBundleInBothLanguages(String templateId) {
        for (BundleTexts bundle : List.of(ENGLISH, GERMAN)) {
            List<String> missing = new ArrayList<>();
            Texts recording = (key, args) -> {
                if (!bundle.has(key)) {
                    missing.add(key);
                }
                return bundle.getText(key, args);
            };

            Templates.create(templateId, recording, Ids.seeded(1));
            Templates.find(templateId).orElseThrow().description(recording);

            assertThat(missing).as(bundle.locale().toString()).isEmpty();
        }
    }

    @Test
    void create_wordsTheMapInTheUsersLanguage() {
        JourneyMap target = Templates.create(Templates.B2C, GERMAN, Ids.seeded(1));

        assertThat(target.title()).isEqualTo("B2C Customer Journey");
        assertThat(target.stages().get(0).name()).isEqualTo("Aufmerksamkeit");
        Touchpoint example = target.touchpoints().get(0);
        assertThat(example.description()).startsWith("Beispiel:");
        assertThat(target.lanes().get(5).label()).isEqualTo("Chancen");
    }

    @Test
    void create_usesFreshIdsEachTime() {
        JourneyMap first = Templates.create(Templates.B2C, ENGLISH, Ids.seeded(1));
        JourneyMap second = Templates.create(Templates.B2C, ENGLISH, Ids.seeded(2));

        assertThat(second.allIds()).doesNotContainAnyElementsOf(first.allIds());
    }

    @Test
    void create_refusesAnUnknownTemplate() {
        assertThatThrownBy(() -> Templates.create("kanban", ENGLISH, Ids.seeded(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kanban");
    }
}
