package ru.nastavnik.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

class DefaultContentTests {

    @Test
    void readsAListInTheOrderWritten() {
        List<String> forms =
                DefaultContent.read("defaults/bank/mentoring-forms.json", new TypeReference<List<String>>() {});

        assertThat(forms)
                .hasSize(8)
                .startsWith("традиционная (один на один)", "групповая")
                .endsWith("«руководитель – педагог»");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDocumentModelIsAFreshCopyForEachCaller() {
        Supplier<Map<String, Object>> sample = DefaultContent.model("defaults/events/document-sample.json");

        Map<String, Object> first = sample.get();
        first.put("extra", "added by a caller");
        ((Map<String, Object>) first.get("event")).put("title", "changed by a caller");
        Map<String, Object> second = sample.get();

        assertThat(second).doesNotContainKey("extra");
        assertThat(((Map<String, Object>) second.get("event")).get("title"))
                .isEqualTo("Наставник и молодой педагог: первые шаги");
        assertThat(((Map<String, Object>) second.get("present")).get("count")).isEqualTo(1);
        assertThat(second.keySet()).startsWith("organisation", "event");
    }

    @Test
    void aMissingFileStopsStartUp() {
        assertThatThrownBy(() -> DefaultContent.read("defaults/none.json", Object.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("defaults/none.json");
    }
}
