package ru.nastavnik.programme;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MemberView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffAccounts;
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

    private final StaffAccounts accounts;

    ProgrammePractices(Programmes programmes, Practices practices, StaffAccounts accounts) {
        this.accounts = accounts;
        this.programmes = programmes;
        this.practices = practices;
    }

    @Transactional(readOnly = true)
    public PracticeDraft draft(NastavnikPrincipal caller, UUID programme) {
        ProgrammeCard card = programmes.card(caller, programme);
        ProgrammeView p = card.programme();
        PracticeView proposed = practices
                .fromSource(p.organisationId(), PracticeSourceKind.PROGRAMME, p.id())
                .orElse(null);
        return new PracticeDraft(
                title(p),
                summary(p, card.isMentee(), card.isMentor()),
                p.status() == ProgrammeStatus.COMPLETED && proposed == null,
                proposed);
    }

    public PracticeView propose(NastavnikPrincipal caller, UUID programme, String title, String summary) {
        ProgrammeCard card = programmes.card(caller, programme);
        ProgrammeView p = card.programme();
        if (p.status() != ProgrammeStatus.COMPLETED) {
            throw InvalidInputException.of("status", "programme.practice.notCompleted");
        }
        // the proposer is the author: nobody else is put into a library meant for publishing without her own say;
        // a curator's proposal names the mentors, whose professional work it is
        PersonId own = accounts.ownId(caller).orElse(null);
        List<PersonId> members = card.pair().members().stream()
                .filter(MemberView::current)
                .map(MemberView::personId)
                .toList();
        List<PersonId> authors = own != null && members.contains(own)
                ? List.of(own)
                : card.pair().members().stream()
                        .filter(m -> m.current() && m.role() == MemberRole.MENTOR)
                        .map(MemberView::personId)
                        .distinct()
                        .toList();
        return practices.propose(
                new NewPractice(p.organisationId(), title, summary, authors, PracticeSourceKind.PROGRAMME, p.id()));
    }

    private static String title(ProgrammeView p) {
        String goal = p.goal().replaceAll("\\s+", " ");
        String title = "Опыт наставничества: " + goal;
        return title.length() <= TITLE_MAX ? title : title.substring(0, TITLE_MAX - 1) + "…";
    }

    /**
     * The goal, the tasks, what was done with what result: what a colleague would reuse. An evaluation only by its
     * own author: the mentee's self-evaluation is hers to publish.
     */
    private static String summary(ProgrammeView p, boolean byMentee, boolean byMentor) {
        StringBuilder text = new StringBuilder("Цель: ").append(p.goal()).append("\n\n");
        if (p.tasks() != null) {
            text.append("Задачи:\n").append(p.tasks()).append("\n\n");
        }
        text.append("Срок: ")
                .append(Dates.DATE.format(p.startsOn()))
                .append(" – ")
                .append(Dates.DATE.format(p.endsOn()))
                .append("\n\nМероприятия и результаты:\n");
        text.append(p.activities().stream()
                .map(a -> "— " + a.title()
                        + (a.done()
                                ? ": выполнено" + (a.resultNote() == null ? "" : " (" + a.resultNote() + ")")
                                : ": не выполнено"
                                        + (a.expectedResult() == null
                                                ? ""
                                                : " (ожидаемый результат: " + a.expectedResult() + ")")))
                .collect(Collectors.joining("\n")));
        if (p.completedEarly()) {
            text.append(
                            "\n\nПрограмма завершена до плановой даты окончания или с невыполненными мероприятиями. Причина: ")
                    .append(p.completionNote());
        }
        if (byMentee && p.menteeEvaluation() != null) {
            text.append("\n\nСамооценка наставляемого: ").append(p.menteeEvaluation());
        }
        if (byMentor && p.mentorEvaluation() != null) {
            text.append("\n\nОценка наставника: ").append(p.mentorEvaluation());
        }
        return text.length() <= SUMMARY_MAX ? text.toString() : text.substring(0, SUMMARY_MAX - 1) + "…";
    }
}
