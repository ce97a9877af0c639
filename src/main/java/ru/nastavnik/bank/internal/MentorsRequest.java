package ru.nastavnik.bank.internal;

import java.util.List;
import ru.nastavnik.bank.MentorRequest;
import ru.nastavnik.bank.TrainingStatus;

/** Several people entering the mentor bank with one profile (each can be edited afterwards). */
public record MentorsRequest(
        List<String> personIds,
        List<String> competences,
        String achievements,
        Integer capacity,
        List<String> preferredForms,
        String availability,
        TrainingStatus trainingStatus,
        Boolean sharedBank) {

    public MentorsRequest {
        personIds = BankBatches.distinct(personIds);
    }

    MentorRequest of(String personId) {
        return new MentorRequest(
                personId,
                competences,
                achievements,
                capacity,
                preferredForms,
                availability,
                trainingStatus,
                sharedBank);
    }
}
