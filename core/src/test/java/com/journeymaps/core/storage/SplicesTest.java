package com.journeymaps.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The byte-identity check the corpus and property tests rely on must itself notice changes. */
class SplicesTest {

    @Test
    void firstDifferenceOutside_isMinusOneWhenOnlyTheRangeChanged() {
        assertThat(Splices.firstDifferenceOutside("ab[x]cd", "ab[longer \uD83D\uDE00]cd", new SourceRange(3, 4))).isEqualTo(-1);
        assertThat(Splices.firstDifferenceOutside("", "new", new SourceRange(0, 0))).isEqualTo(-1);
    }

    @Test
    void firstDifferenceOutside_findsAChangeBeforeTheRange() {
        assertThat(Splices.firstDifferenceOutside("ab[x]cd", "aB[y]cd", new SourceRange(3, 4))).isEqualTo(1);
    }

    @Test
    void firstDifferenceOutside_findsAChangeAfterTheRangeAsAByteOffset() {
        assertThat(Splices.firstDifferenceOutside("\u00e9[x]cd", "\u00e9[yy]cD", new SourceRange(2, 3))).isEqualTo(7);
    }

    @Test
    void firstDifferenceOutside_reportsAResultTooShortToHoldPrefixAndSuffix() {
        assertThat(Splices.firstDifferenceOutside("abcdef", "abef", new SourceRange(2, 3))).isEqualTo(2);
    }
}
