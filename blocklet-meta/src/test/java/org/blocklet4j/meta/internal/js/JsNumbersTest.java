package org.blocklet4j.meta.internal.js;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsNumbersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0 | 0", "-0.0 | 0", "1 | 1", "-1 | -1", "60 | 60", "0.1 | 0.1", "1.5 | 1.5",
        "9007199254740991 | 9007199254740991", "9007199254740992 | 9007199254740992",
        "1152921504606846976 | 1152921504606847000", "9.223372036854776E18 | 9223372036854776000",
        "1.1805916207174113E21 | 1.1805916207174113e+21", "1e21 | 1e+21", "1e-7 | 1e-7", "0.000001 | 0.000001",
        "123456789012345680000 | 123456789012345680000", "4.9E-324 | 5e-324", "1.7976931348623157E308 | 1.7976931348623157e+308",
        "0.30000000000000004 | 0.30000000000000004", "5e-7 | 5e-7", "-1.5e-10 | -1.5e-10", "2e-323 | 2e-323"})
    void printsNumbersAsJavaScriptDoes(double value, String expected) {
        assertThat(JsNumbers.toString(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"NaN, NaN", "Infinity, Infinity", "-Infinity, -Infinity"})
    void printsSpecialValues(double value, String expected) {
        assertThat(JsNumbers.toString(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"200000000000011, 16, 144115188075855900", "777, 8, 511", "101, 2, 5", "0000ff, 16, 255"})
    void readsPowerOfTwoRadixIntegersCorrectlyRounded(String digits, int radix, String expected) {
        assertThat(JsNumbers.toString(JsNumbers.parseRadix(digits, radix))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1.8446744073709552E19, 0", "-1, 255", "257.9, 1", "-257.9, 255", "1e21, 0", "NaN, 0", "Infinity, 0"})
    void wrapsToUint8AsJavaScriptDoes(double value, int expected) {
        assertThat(JsNumbers.toUint8(value)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void readsHexStringsAsNumberDoes() {
        assertThat(JsNumbers.toString(JsValues.stringToNumber("0x200000000000011"))).isEqualTo("144115188075855900");
    }

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.Timeout(10)
    void rejectsALongNonNumberWithoutBacktracking() {
        assertThat(JsValues.stringToNumber("1".repeat(200_000) + "x")).isNaN();
        assertThat(JsValues.stringToNumber("1".repeat(100_000) + ".5e3")).isInfinite();
    }
}
