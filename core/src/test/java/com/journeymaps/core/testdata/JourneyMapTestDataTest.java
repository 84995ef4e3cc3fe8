package com.journeymaps.core.testdata;

import static com.journeymaps.core.testdata.JourneyMapTestData.aMap;
import static org.assertj.core.api.Assertions.assertThat;

import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.Severity;
import com.journeymaps.core.model.Touchpoint;
import com.journeymaps.core.validation.MapValidator;
import org.junit.jupiter.api.Test;

/** The builders other modules rely on make valid, repeatable maps. */
class JourneyMapTestDataTest {

    @Test
    void aMap_buildsAValidMapWithWhatWasAskedFor() {
        JourneyMap target = aMap().withStages("Awareness", "Purchase").withPersonas("Anna", "Ben")
                .withTouchpoint("Awareness", "Radio ad")
                .withTouchpoint("Purchase", "Checkout")
                .withEmotion("Checkout", "Ben", -2)
                .withPainPoint("Checkout", Severity.CRITICAL, "Forced sign-up")
                .withFlow("Checkout", "Radio ad", 0.1)
                .build();

        assertThat(MapValidator.validate(target)).isEmpty();
        Touchpoint checkout = target.touchpoints().get(1);
        assertThat(checkout.emotions()).containsEntry(target.personas().get(1).id(), -2);
        assertThat(checkout.painPoints()).singleElement().satisfies(p -> assertThat(p.text()).isEqualTo("Forced sign-up"));
    }

    @Test
    void aMap_isTheSameEveryTime() {
        assertThat(JourneyMapTestData.aSmallMap()).isEqualTo(JourneyMapTestData.aSmallMap());
    }

    @Test
    void withEmotion_usesTheCustomerKeyWhenThereAreNoPersonas() {
        JourneyMap target = aMap().withStages("Awareness").withTouchpoint("Awareness", "Ad")
                .withEmotion("Ad", Touchpoint.CUSTOMER, 1).build();

        assertThat(target.touchpoints().get(0).emotions()).containsEntry(Touchpoint.CUSTOMER, 1);
        assertThat(MapValidator.validate(target)).isEmpty();
    }
}
