package ru.nastavnik.bank.web;

import java.util.List;
import ru.nastavnik.bank.MentorRequest;
import ru.nastavnik.bank.TrainingStatus;
import ru.nastavnik.bank.internal.MentorsRequest;

/**
 * The mentor bank's form, as the page sends it (one mentor added or edited, or several added at once); the service
 * checks it ({@link MentorRequest}'s rules). A checkbox left unticked is not sent: {@code sharedBank} is then false.
 */
record MentorForm(
        List<String> competences,
        String achievements,
        Integer capacity,
        List<String> preferredForms,
        String availability,
        TrainingStatus trainingStatus,
        Boolean sharedBank) {

    MentorRequest of(String personId) {
        return new MentorRequest(
                personId, competences, achievements, capacity, preferredForms, availability, trainingStatus, shared());
    }

    MentorsRequest of(List<String> people) {
        return new MentorsRequest(
                people, competences, achievements, capacity, preferredForms, availability, trainingStatus, shared());
    }

    private boolean shared() {
        return Boolean.TRUE.equals(sharedBank);
    }
}
