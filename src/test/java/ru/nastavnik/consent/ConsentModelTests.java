package ru.nastavnik.consent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsentModelTests {

    @Test
    void theHeadsUsualTitlesAreDeclinedForTheAddresseeBlock() {
        assertThat(DocumentModels.dative("Директор")).isEqualTo("Директору");
        assertThat(DocumentModels.dative("Руководитель")).isEqualTo("Руководителю");
        assertThat(DocumentModels.dative("Заведующий")).isEqualTo("Заведующему");
        assertThat(DocumentModels.dative("Директор школы")).isEqualTo("Директору школы");
        assertThat(DocumentModels.dative("И. о. директора")).isEqualTo("И. о. директора");
    }
}
