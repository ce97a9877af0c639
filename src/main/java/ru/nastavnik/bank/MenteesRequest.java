package ru.nastavnik.bank;

import java.util.List;

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
