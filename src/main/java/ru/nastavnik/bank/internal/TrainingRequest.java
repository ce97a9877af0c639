package ru.nastavnik.bank.internal;

import java.util.List;
import ru.nastavnik.bank.TrainingStatus;

/** The training status of several mentors set at once (after a course, say). */
public record TrainingRequest(List<String> personIds, TrainingStatus trainingStatus) {

    public TrainingRequest {
        personIds = BankBatches.distinct(personIds);
    }
}
