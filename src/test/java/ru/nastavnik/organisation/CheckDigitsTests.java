package ru.nastavnik.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** ИНН and ОГРН check digits: real numbers pass, a typo (the walk's) does not. */
class CheckDigitsTests {

    @Test
    void realNumbersPass() {
        assertThat(CheckDigits.inn("7707083893")).isTrue();
        assertThat(CheckDigits.inn("500100732259")).isTrue();
        assertThat(CheckDigits.ogrn("1027700132195")).isTrue();
        assertThat(CheckDigits.ogrn("304500116000157")).isTrue();
    }

    @Test
    void aTypoIsCaught() {
        assertThat(CheckDigits.inn("4634005120")).isFalse();
        assertThat(CheckDigits.inn("7707083894")).isFalse();
        assertThat(CheckDigits.inn("500100732258")).isFalse();
        assertThat(CheckDigits.ogrn("1024600801236")).isFalse();
        assertThat(CheckDigits.ogrn("304500116000158")).isFalse();
    }
}
