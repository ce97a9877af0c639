package ru.nastavnik.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FooterRowTests {

    @Test
    void aTotalsOrSignatureLineIsNotAPerson() {
        assertThat(FooterRow.is(List.of("Итого: 54 человека"))).isTrue();
        assertThat(FooterRow.is(Arrays.asList(null, "Всего по начальной школе", "", "12")))
                .isTrue();
        assertThat(FooterRow.is(List.of("Директор школы", "________ Т. В. Морозова")))
                .isTrue();
        assertThat(FooterRow.is(List.of("", "М.П."))).isTrue();
    }

    @Test
    void aPersonsRowIsNeverTakenForOne() {
        assertThat(FooterRow.is(List.of("1", "Итогова Анна Павловна", "учитель")))
                .isFalse();
        assertThat(FooterRow.is(List.of("Всеволодов Иван Ильич", "учитель"))).isFalse();
        assertThat(FooterRow.is(List.of("Директорова Анна Павловна", "учитель")))
                .isFalse();
        assertThat(FooterRow.is(List.of("Директор", "Морозова Татьяна Викторовна", "директор", "01.09.2001")))
                .isFalse();
        assertThat(FooterRow.is(List.of("", " "))).isFalse();
    }
}
