package com.journeymaps.web.render.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ViewsTest {

    @ParameterizedTest
    @CsvSource({"4.2, 4.2", "12.0, 12", "-0.5, -0.5", "0.1, 0.1", "1e20, 100000000000000000000", "38, 38"})
    void number_isPlainDigitsWithoutTrailingZeros(double value, String expected) {
        assertThat(Views.number(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"12.0, 12", "12.34, 12.3", "-3.25, -3.2", "0.04, 0", "-0.6, -0.6"})
    void coordinate_hasAtMostOneDecimal(double value, String expected) {
        assertThat(Views.coordinate(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"12.0", "12.34", "-3.25", "0.04", "-0.04", "-0.6", "0", "-12.96", "1e12", "-1e12", "140.5", "5.05"})
    void appendCoordinate_appendsWhatCoordinateReturns(double value) {
        StringBuilder out = new StringBuilder("M");

        assertThat(Views.appendCoordinate(out, value)).isSameAs(out);
        assertThat(out).hasToString("M" + Views.coordinate(value));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {"Priya Rao, PR", "max, M", "'  ', ?", "NULL, ?", "Émile Zola Jr, ÉZ",
        "\"<b>\", ?"})
    void initials_takeTheFirstLetterOfTheFirstTwoWords(String name, String expected) {
        assertThat(Views.initials(name)).isEqualTo(expected);
    }
}
