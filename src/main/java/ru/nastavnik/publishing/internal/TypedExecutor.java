package ru.nastavnik.publishing.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import ru.nastavnik.people.PersonId;

/**
 * The «Исп.:» line at an order's foot — who prepared the order, the requisites' curator name as typed there — as a
 * person of the shown document (152-ФЗ art. 10.1: a name is distributed only with its owner's consent). A staff
 * member whose name it is has the typed forms joined to hers, and her name is hidden while she has no valid consent
 * to distribution — unlike a person the order is about, she does not stop the order being shown with the others'
 * names: the line is a clerical note, and the document stays whole without it. A name that is nobody's on the staff
 * cannot have consented, so it is removed in every mode.
 */
final class TypedExecutor {

    private TypedExecutor() {}

    /**
     * {@code people} with the executor: merged into her entry if the document already names her, else added.
     *
     * @param staff every current staff member's name forms
     * @param consented whether a staff member has a valid consent to distribution now
     */
    static List<DocumentPerson> with(
            List<DocumentPerson> people,
            UUID order,
            String typed,
            Map<PersonId, List<String>> staff,
            Predicate<PersonId> consented) {
        if (typed == null || typed.isBlank()) {
            return people;
        }
        String spaced = TypedNames.spaced(typed.strip());
        List<String> typedForms = new ArrayList<>(TypedNames.forms(typed));
        typedForms.add(spaced);
        List<DocumentPerson> result = new ArrayList<>(people);
        for (Map.Entry<PersonId, List<String>> member : staff.entrySet()) {
            if (member.getValue().stream().anyMatch(f -> f.contains(" ") && spaced.contains(f))) {
                UUID id = member.getKey().value();
                DocumentPerson already = result.stream()
                        .filter(p -> p.personId().equals(id))
                        .findFirst()
                        .orElse(null);
                List<String> forms = new ArrayList<>(already != null ? already.forms() : member.getValue());
                forms.addAll(typedForms);
                DocumentPerson merged =
                        new DocumentPerson(id, forms.stream().distinct().toList());
                if (already != null && already.hidden() || already == null && !consented.test(member.getKey())) {
                    merged.hide();
                }
                result.remove(already);
                result.add(merged);
                return result;
            }
        }
        UUID fixed = UUID.nameUUIDFromBytes(("executor:" + order).getBytes(StandardCharsets.UTF_8));
        DocumentPerson unknown =
                new DocumentPerson(fixed, typedForms.stream().distinct().toList());
        unknown.hide();
        result.add(unknown);
        return result;
    }
}
