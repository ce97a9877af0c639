package ru.nastavnik.mentorship.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumberWordsTests {

    @Test
    void sumsInRoublesAreWrittenInFiguresAndWordsWithTheRightEndings() {
        assertThat(NumberWords.roubles(new BigDecimal("3000"))).isEqualTo("3 000 (три тысячи) рублей 00 копеек");
        assertThat(NumberWords.roubles(new BigDecimal("2500.5")))
                .isEqualTo("2 500 (две тысячи пятьсот) рублей 50 копеек");
        assertThat(NumberWords.roubles(new BigDecimal("21.01"))).isEqualTo("21 (двадцать один) рубль 01 копейка");
        assertThat(NumberWords.roubles(new BigDecimal("1112.02")))
                .isEqualTo("1 112 (одна тысяча сто двенадцать) рублей 02 копейки");
        assertThat(NumberWords.roubles(new BigDecimal("1000000")))
                .isEqualTo("1 000 000 (один миллион) рублей 00 копеек");
    }

    @Test
    void sharesOfTheRateAreWrittenAsDecimalFractions() {
        assertThat(NumberWords.decimal(new BigDecimal("0.15"))).isEqualTo("0,15 (ноль целых пятнадцать сотых)");
        assertThat(NumberWords.decimal(new BigDecimal("0.3000"))).isEqualTo("0,3 (ноль целых три десятых)");
        assertThat(NumberWords.decimal(new BigDecimal("1.5"))).isEqualTo("1,5 (одна целая пять десятых)");
        assertThat(NumberWords.decimal(new BigDecimal("0.01"))).isEqualTo("0,01 (ноль целых одна сотая)");
        assertThat(NumberWords.decimal(new BigDecimal("2"))).isEqualTo("2 (два)");
    }
}
