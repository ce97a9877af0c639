package ru.nastavnik.mentorship;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.people.PersonId;
import ru.nastavnik.practices.NewPractice;
import ru.nastavnik.practices.PracticeSourceKind;
import ru.nastavnik.practices.PracticeView;
import ru.nastavnik.practices.Practices;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Dates;

/**
 * A completed programme proposed as a best practice by its mentor, its mentee or the curator, once: the results
 * of a programme are the school's experience that the recommendations ask it to collect and share.
 */
@Service
@Transactional
public class ProgrammePractices {

    private static final int TITLE_MAX = 300;
    private static final int SUMMARY_MAX = 8000;

    private final Programmes programmes;
    private final Practices practices;

    ProgrammePractices(Programmes programmes, Practices practices) {
        this.programmes = programmes;
        this.practices = practices;
    }

    @Transactional(readOnly = true)
    public PracticeDraft draft(NastavnikPrincipal caller, UUID programme) {
        ProgrammeView p = programmes.card(caller, programme).programme();
        PracticeView proposed = practices.fromSource(p.organisationId(), PracticeSourceKind.PROGRAMME, p.id()).orElse(null);
        return new PracticeDraft(title(p), summary(p), p.status() == ProgrammeStatus.COMPLETED && proposed == null, proposed);
    }

    public PracticeView propose(NastavnikPrincipal caller, UUID programme, String title, String summary) {
        ProgrammeCard card = programmes.card(caller, programme);
        ProgrammeView p = card.programme();
        if (p.status() != ProgrammeStatus.COMPLETED) {
            throw InvalidInputException.of("status", "programme.practice.notCompleted");
        }
        List<PersonId> authors = card.pair().members().stream().filter(MemberView::current)
                .sorted((a, b) -> a.role().compareTo(b.role())).map(MemberView::personId).distinct().toList();
        return practices.propose(new NewPractice(p.organisationId(), title, summary, authors, PracticeSourceKind.PROGRAMME,
                p.id()));
    }

    private static String title(ProgrammeView p) {
        String goal = p.goal().replaceAll("\\s+", " ");
        String title = "Опыт наставничества: " + goal;
        return title.length() <= TITLE_MAX ? title : title.substring(0, TITLE_MAX - 1) + "…";
    }

    /** The goal, the tasks, what was done with what result, and both evaluations: what a colleague would reuse. */
    private static String summary(ProgrammeView p) {
        StringBuilder text = new StringBuilder("Цель: ").append(p.goal()).append("\n\n");
        if (p.tasks() != null) {
            text.append("Задачи:\n").append(p.tasks()).append("\n\n");
        }
        text.append("Срок: ").append(Dates.DATE.format(p.startsOn())).append(" – ").append(Dates.DATE.format(p.endsOn()))
                .append("\n\nМероприятия и результаты:\n");
        text.append(p.activities().stream().map(a -> "— " + a.title() + (a.done()
                ? ": выполнено" + (a.resultNote() == null ? "" : " (" + a.resultNote() + ")")
                : a.expectedResult() == null ? "" : ": " + a.expectedResult()))
                .collect(Collectors.joining("\n")));
        if (p.menteeEvaluation() != null) {
            text.append("\n\nСамооценка наставляемого: ").append(p.menteeEvaluation());
        }
        if (p.mentorEvaluation() != null) {
            text.append("\n\nОценка наставника: ").append(p.mentorEvaluation());
        }
        return text.length() <= SUMMARY_MAX ? text.toString() : text.substring(0, SUMMARY_MAX - 1) + "…";
    }
}
