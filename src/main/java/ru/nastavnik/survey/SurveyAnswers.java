package ru.nastavnik.survey;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ru.nastavnik.people.PersonId;

/**
 * What the banks may take from a named (not anonymous) answer sheet: the answers to questions bound to a bank
 * field. Anonymous sheets name nobody and give nothing here.
 */
public interface SurveyAnswers {

    List<BankAnswer> bankAnswers(UUID responseId);

    /** The person's latest named answer sheet to a questionnaire of this purpose, if any. */
    Optional<UUID> latest(PersonId person, QuestionnairePurpose purpose);

    /**
     * The person's latest named sheet of a questionnaire of this purpose, question by question (answered ones only),
     * for the curator's SWOT worksheet beside the programme.
     */
    List<AnsweredQuestion> latestSheet(PersonId person, QuestionnairePurpose purpose);
}
