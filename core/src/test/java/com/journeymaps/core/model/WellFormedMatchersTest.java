package com.journeymaps.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Ids#isWellFormed} and {@link Channel#isWellFormed} are written by hand for speed; they must
 * answer exactly as their published patterns do.
 */
class WellFormedMatchersTest {

    private static final String ALPHABET = "aAzZ09_-.~/ \u00e9\u0130\uD83D\uDE00\n:";

    static LongStream seeds() {
        return LongStream.range(0, 20).map(i -> 7919L * i + 11);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomStrings_matchAsThePatternsDo(long seed) {
        System.out.println("WellFormedMatchersTest seed " + seed);
        Random random = new Random(seed);
        for (int n = 0; n < 2_000; n++) {
            String candidate = randomString(random);
            assertThat(Ids.isWellFormed(candidate)).as("id %s (seed %d)", candidate, seed)
                    .isEqualTo(Ids.PATTERN.matcher(candidate).matches());
            assertThat(Channel.isWellFormed(candidate)).as("channel %s (seed %d)", candidate, seed)
                    .isEqualTo(Channel.PATTERN.matcher(candidate).matches());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "A", "0", "-a", "_a", "a-", "tp-0c41e9a2", "web", "word-of-mouth", "Web", "a1-",
            "1a"})
    void edgeCases_matchAsThePatternsDo(String candidate) {
        for (String c : new String[] {candidate, candidate + "x".repeat(31), candidate + "x".repeat(32),
                candidate + "x".repeat(63), candidate + "x".repeat(64)}) {
            assertThat(Ids.isWellFormed(c)).as(c).isEqualTo(Ids.PATTERN.matcher(c).matches());
            assertThat(Channel.isWellFormed(c)).as(c).isEqualTo(Channel.PATTERN.matcher(c).matches());
        }
    }

    private static String randomString(Random random) {
        int length = random.nextInt(4) == 0 ? random.nextInt(70) : random.nextInt(8);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (random.nextInt(3) == 0) {
                out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            } else {
                out.append((char) ('a' + random.nextInt(26)));
            }
        }
        return out.toString();
    }
}
