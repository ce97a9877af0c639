package ru.nastavnik.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.nastavnik.shared.InvalidInputException;

class PasswordPolicyTests {

    @Test
    void theApplicationShipsAtLeastTenThousandCommonPasswords() {
        assertThat(CommonPasswords.size()).isGreaterThanOrEqualTo(10_000);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "qwertyuiopasdfgh",
                "1234567890qwerty",
                "password12345678",
                "Iloveyou2024!!",
                "dragon123456789",
                "йцукенгшщзхъ",
                "gfhjkm123456!",
                "пароль123456789",
                "1q2w3e4r5t6y"
            })
    void theCommonestPasswordsAreRefusedWithAReasonInRussian(String password) {
        assertThatThrownBy(() -> PasswordPolicy.check("password", password, "maria"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("user.password.common"));
    }

    @Test
    void aStaffPasswordHasAtLeastTwelveCharacters() {
        assertThatThrownBy(() -> PasswordPolicy.check("password", "tiger-lamp9", "maria"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("user.password.tooShort"));
        assertThatCode(() -> PasswordPolicy.check("password", "tiger-lamp-9", "maria"))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo-password", "correct-horse-battery", "синий-трамвай-липа"})
    void uncommonLongPasswordsAndTheDemoOneAreAccepted(String password) {
        assertThatCode(() -> PasswordPolicy.check("password", password, "maria"))
                .doesNotThrowAnyException();
    }
}
