package ru.nastavnik.programme.internal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
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
import ru.nastavnik.programme.ProgrammeCard;
import ru.nastavnik.programme.ProgrammeStatus;
import ru.nastavnik.programme.ProgrammeView;
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

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private static final int TITLE_MAX = 300;
    private static final int SUMMARY_MAX = 8000;

    private final ProgrammeManagement programmes;
    private final Practices practices;

    private final StaffAccounts accounts;
    private final MessageSource messages;

    ProgrammePractices(
            ProgrammeManagement programmes, Practices practices, StaffAccounts accounts, MessageSource messages) {
        this.messages = messages;
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
                title(p, messages),
                summary(p, card.isMentee(), card.isMentor(), messages),
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

    static String title(ProgrammeView p, MessageSource messages) {
        String goal = p.goal().replaceAll("\\s+", " ");
        String title = text(messages, "programme.practice.draft.title", goal);
        return title.length() <= TITLE_MAX ? title : title.substring(0, TITLE_MAX - 1) + "…";
    }

    /**
     * The goal, the tasks, what was done with what result: what a colleague would reuse. An evaluation only by its
     * own author: the mentee's self-evaluation is hers to publish.
     */
    static String summary(ProgrammeView p, boolean byMentee, boolean byMentor, MessageSource messages) {
        StringBuilder text =
                new StringBuilder(text(messages, "programme.practice.draft.goal", p.goal())).append("\n\n");
        if (p.tasks() != null) {
            text.append(text(messages, "programme.practice.draft.tasks", p.tasks()))
                    .append("\n\n");
        }
        text.append(text(
                        messages,
                        "programme.practice.draft.term",
                        Dates.DATE.format(p.startsOn()),
                        Dates.DATE.format(p.endsOn())))
                .append("\n\n")
                .append(text(messages, "programme.practice.draft.activities"))
                .append("\n");
        text.append(p.activities().stream()
                .map(a -> a.done()
                        ? a.resultNote() == null
                                ? text(messages, "programme.practice.draft.done", a.title())
                                : text(messages, "programme.practice.draft.doneWithNote", a.title(), a.resultNote())
                        : a.expectedResult() == null
                                ? text(messages, "programme.practice.draft.notDone", a.title())
                                : text(
                                        messages,
                                        "programme.practice.draft.notDoneExpected",
                                        a.title(),
                                        a.expectedResult()))
                .collect(Collectors.joining("\n")));
        if (p.completedEarly()) {
            text.append("\n\n").append(text(messages, "programme.practice.draft.early", p.completionNote()));
        }
        if (byMentee && p.menteeEvaluation() != null) {
            text.append("\n\n")
                    .append(text(messages, "programme.practice.draft.menteeEvaluation", p.menteeEvaluation()));
        }
        if (byMentor && p.mentorEvaluation() != null) {
            text.append("\n\n")
                    .append(text(messages, "programme.practice.draft.mentorEvaluation", p.mentorEvaluation()));
        }
        return text.length() <= SUMMARY_MAX ? text.toString() : text.substring(0, SUMMARY_MAX - 1) + "…";
    }

    /** Arguments are text: a person's words are never read as a message pattern. */
    private static String text(MessageSource messages, String key, String... args) {
        return messages.getMessage(key, args, RUSSIAN);
    }
}
