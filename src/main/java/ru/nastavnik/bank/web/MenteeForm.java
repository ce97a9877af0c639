package ru.nastavnik.bank.web;

import java.util.List;
import ru.nastavnik.bank.MenteeCategory;
import ru.nastavnik.bank.MenteeRequest;
import ru.nastavnik.bank.internal.MenteesRequest;

/**
 * The mentee bank's form, as the page sends it (one mentee added or edited, or several added at once); the service
 * checks it ({@link MenteeRequest}'s rules).
 */
record MenteeForm(MenteeCategory category, String categoryNote, List<String> needs, String needsNote) {

    MenteeRequest of(String personId) {
        return new MenteeRequest(personId, category, categoryNote, needs, needsNote);
    }

    MenteesRequest of(List<String> people) {
        return new MenteesRequest(people, category, categoryNote, needs, needsNote);
    }
}
