package ru.nastavnik.bank.internal;

import java.util.List;
import ru.nastavnik.bank.MenteeCategory;
import ru.nastavnik.bank.MenteeRequest;

/** Several people entering the mentee bank with one request (each can be edited afterwards). */
public record MenteesRequest(
        List<String> personIds, MenteeCategory category, String categoryNote, List<String> needs, String needsNote) {

    public MenteesRequest {
        personIds = BankBatches.distinct(personIds);
    }

    MenteeRequest of(String personId) {
        return new MenteeRequest(personId, category, categoryNote, needs, needsNote);
    }
}
