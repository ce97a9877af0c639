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
import ru.nastavnik.practices.PracticeDescription;
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
    private static final int SECTION_MAX = 8000;

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
        PracticeDescription d = description(p, messages);
        return new PracticeDraft(
                d.title(),
                d.summary(),
                d.problem(),
                d.goals(),
                d.content(),
                d.results(),
                d.materials(),
                p.status() == ProgrammeStatus.COMPLETED && proposed == null,
                proposed);
    }

    /** {@code description}: as she edited the draft, the sections she left empty written later on the practice's card. */
    public PracticeView propose(NastavnikPrincipal caller, UUID programme, PracticeDescription description) {
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
                new NewPractice(p.organisationId(), description, authors, PracticeSourceKind.PROGRAMME, p.id()));
    }

    /**
     * The draft of a text meant for publication, from what the programme is and did: its goal and tasks (the mentee's
     * requests it was drafted on), its plan and the activities done with their results. Never the reason it was
     * completed early nor anyone's evaluation: those are private assessments of the pair, not experience to share.
     * The materials are the proposer's to add.
     */
    static PracticeDescription description(ProgrammeView p, MessageSource messages) {
        List<ActivityView> done =
                p.activities().stream().filter(ActivityView::done).toList();
        String term = text(
                messages,
                "programme.practice.draft.term",
                Dates.DATE.format(p.startsOn()),
                Dates.DATE.format(p.endsOn()));
        String counted = text(
                messages,
                "programme.practice.draft.doneCount",
                String.valueOf(done.size()),
                String.valueOf(p.activities().size()));
        String goal = text(messages, "programme.practice.draft.goal", p.goal());
        String summary = goal + "\n\n" + term + "\n" + counted;
        String problem = p.tasks() == null ? null : text(messages, "programme.practice.draft.problem", p.tasks());
        String goals =
                p.tasks() == null ? goal : goal + "\n\n" + text(messages, "programme.practice.draft.tasks", p.tasks());
        String content = term
                + "\n\n"
                + text(messages, "programme.practice.draft.plan")
                + "\n"
                + p.activities().stream()
                        .map(a -> a.form() == null
                                ? text(messages, "programme.practice.draft.activity", a.title())
                                : text(messages, "programme.practice.draft.activityWithForm", a.title(), a.form()))
                        .collect(Collectors.joining("\n"));
        String results = done.isEmpty()
                ? counted
                : counted
                        + "\n"
                        + done.stream()
                                .map(a -> a.resultNote() == null
                                        ? text(messages, "programme.practice.draft.done", a.title())
                                        : text(
                                                messages,
                                                "programme.practice.draft.doneWithNote",
                                                a.title(),
                                                a.resultNote()))
                                .collect(Collectors.joining("\n"));
        return new PracticeDescription(
                cut(text(messages, "programme.practice.draft.title", p.goal().replaceAll("\\s+", " ")), TITLE_MAX),
                cut(summary, SECTION_MAX),
                cut(problem, SECTION_MAX),
                cut(goals, SECTION_MAX),
                cut(content, SECTION_MAX),
                cut(results, SECTION_MAX),
                null);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Arguments are text: a person's words are never read as a message pattern. */
    private static String text(MessageSource messages, String key, String... args) {
        return messages.getMessage(key, args, RUSSIAN);
    }
}
