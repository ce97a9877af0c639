package ru.nastavnik.survey.web;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.HomeTile;
import ru.nastavnik.shared.web.HomeTiles;
import ru.nastavnik.survey.QuestionnaireStatus;
import ru.nastavnik.survey.internal.Answering;
import ru.nastavnik.survey.internal.InvitationStatus;

/** The questionnaires a teacher is asked to answer and has not submitted yet, a click from sign-in. */
@Component
class QuestionnaireTile implements HomeTiles {

    private final Answering answering;

    QuestionnaireTile(Answering answering) {
        this.answering = answering;
    }

    @Override
    public List<HomeTile> tilesFor(NastavnikPrincipal me) {
        if (me.homeOrganisation().isEmpty()) {
            return List.of();
        }
        long open = answering.mine(me).stream()
                .filter(q ->
                        q.questionnaireStatus() == QuestionnaireStatus.OPEN && q.status() != InvitationStatus.SUBMITTED)
                .count();
        return open == 0
                ? List.of()
                : List.of(HomeTile.of(
                        "tile-questionnaires",
                        30,
                        "home.questionnaires.title",
                        "/survey/my",
                        "home.questionnaires.text",
                        open));
    }
}
