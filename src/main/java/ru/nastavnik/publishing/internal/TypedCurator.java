package ru.nastavnik.publishing.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ru.nastavnik.people.PersonId;

/** The curator typed by hand in the order approving the Regulation, as a person of the shown document. */
final class TypedCurator {

    private TypedCurator() {}

    /**
     * The curator as the order appoints her, typed by hand or chosen: a staff member whose name is in the phrase has
     * the phrase's forms added to hers (so «Смирнову О.И.» goes with her consent); a name that is nobody's on the staff
     * cannot have consented to distribution, so it is removed whatever the mode — with every case form of it.
     */
    static Optional<DocumentPerson> of(UUID order, String typed, Map<PersonId, List<String>> named) {
        String spaced = TypedNames.spaced(typed);
        List<String> typedForms = TypedNames.forms(typed);
        for (Map.Entry<PersonId, List<String>> staff : named.entrySet()) {
            if (staff.getValue().stream().anyMatch(f -> f.contains(" ") && spaced.contains(f))) {
                List<String> forms = new ArrayList<>(staff.getValue());
                forms.addAll(typedForms);
                return Optional.of(new DocumentPerson(
                        staff.getKey().value(), forms.stream().distinct().toList()));
            }
        }
        if (typedForms.isEmpty()) {
            return Optional.empty();
        }
        UUID fixed = UUID.nameUUIDFromBytes(("curator:" + order).getBytes(StandardCharsets.UTF_8));
        DocumentPerson unknown = new DocumentPerson(fixed, typedForms);
        unknown.hide();
        return Optional.of(unknown);
    }
}
