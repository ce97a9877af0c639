package ru.nastavnik.bank.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.nastavnik.bank.Vocabulary;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.survey.SurveyAudiences;
import ru.nastavnik.survey.SurveyTopics;

/** What questionnaires take from the banks: the vocabulary for topic questions, and the banks as groups to ask. */
@Component
class SurveySources implements SurveyTopics, SurveyAudiences {

    static final String MENTEES = "bank-mentees";
    static final String MENTORS = "bank-mentors";

    private final Vocabulary vocabulary;
    private final MenteeRepository mentees;
    private final MentorRepository mentors;

    SurveySources(Vocabulary vocabulary, MenteeRepository mentees, MentorRepository mentors) {
        this.vocabulary = vocabulary;
        this.mentees = mentees;
        this.mentors = mentors;
    }

    @Override
    public List<TopicChoice> topics(OrganisationId organisation) {
        return vocabulary.of(organisation).stream()
                .map(t -> new TopicChoice(t.code(), t.title()))
                .toList();
    }

    @Override
    public List<Audience> audiences(OrganisationId organisation) {
        return List.of(
                new Audience(MENTEES, "survey.audience.bank-mentees"),
                new Audience(MENTORS, "survey.audience.bank-mentors"));
    }

    @Override
    public List<PersonId> members(OrganisationId organisation, String code) {
        return switch (code) {
            case MENTEES ->
                mentees.inOrganisation(organisation.value(), false).stream()
                        .map(MenteeEntry::person)
                        .toList();
            case MENTORS ->
                mentors.inOrganisation(organisation.value(), false).stream()
                        .map(MentorEntry::person)
                        .toList();
            default -> List.of();
        };
    }
}
