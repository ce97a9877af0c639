package ru.nastavnik.mentorship.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import ru.nastavnik.shared.Ids;

/** The id of one of an organisation's payment rules; a malformed one is a rule that does not exist (404). */
public record PaymentRuleId(@JsonValue UUID value) {

    public PaymentRuleId {
        Objects.requireNonNull(value, "payment rule id");
    }

    public static PaymentRuleId of(String value) {
        return new PaymentRuleId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
