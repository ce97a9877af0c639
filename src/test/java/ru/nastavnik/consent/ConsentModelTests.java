package ru.nastavnik.consent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsentModelTests {

    @Test
    void theHeadsUsualTitlesAreDeclinedForTheAddresseeBlock() {
        assertThat(ConsentModel.dative("Директор")).isEqualTo("Директору");
        assertThat(ConsentModel.dative("Руководитель")).isEqualTo("Руководителю");
        assertThat(ConsentModel.dative("Заведующий")).isEqualTo("Заведующему");
        assertThat(ConsentModel.dative("Директор школы")).isEqualTo("Директору школы");
        assertThat(ConsentModel.dative("И. о. директора")).isEqualTo("И. о. директора");
    }
}
