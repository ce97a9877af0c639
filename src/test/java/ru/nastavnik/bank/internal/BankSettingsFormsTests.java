package ru.nastavnik.bank.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.nastavnik.bank.MentoringForms;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;

class BankSettingsFormsTests {

    private final BankSettings settings = new BankSettings(new OrganisationId(UUID.randomUUID()));

    @Test
    void aSchoolThatChoseNothingHasTheUsualForms() {
        assertThat(settings.forms()).isEqualTo(MentoringForms.DEFAULTS);
    }

    @Test
    void formsAreTrimmedAndEachCountedOnceWhateverItsCaseOrSpaces() {
        settings.changeForms(List.of(" групповая ", "", "ГРУППОВАЯ", "свой  вариант"), 0L);
        assertThat(settings.forms()).containsExactly("групповая", "свой вариант");
    }

    @Test
    void noFormATooLongOneOrTooManyAreRefusedAndChangeNothing() {
        assertRefused(List.of(" ", ""), "bank.forms.required");
        assertRefused(List.of("ф".repeat(201)), "bank.forms.tooLong");
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= BankSettings.MAX_FORMS; i++) {
            many.add("форма " + i);
        }
        assertRefused(many, "bank.forms.tooMany");
        assertThat(settings.forms()).isEqualTo(MentoringForms.DEFAULTS);
    }

    private void assertRefused(List<String> forms, String key) {
        assertThatThrownBy(() -> settings.changeForms(forms, 0L))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo(key));
    }
}
