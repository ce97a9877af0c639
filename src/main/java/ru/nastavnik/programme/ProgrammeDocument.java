package ru.nastavnik.programme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.consent.DocumentModels;
import ru.nastavnik.mentorship.DocumentFile;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.PairLookup;
import ru.nastavnik.mentorship.PairPaperwork;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.programme.internal.ActivityView;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Dates;

/**
 * The programme as the document schools file (title page with the approval block, sections, the plan table), from
 * the organisation's editable template, as DOCX or PDF.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeDocument {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final Programmes programmes;
    private final PairLookup pairs;
    private final PairPaperwork parts;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    ProgrammeDocument(
            Programmes programmes,
            PairLookup pairs,
            PairPaperwork parts,
            ApplicationEventPublisher events,
            MessageSource messages) {
        this.messages = messages;
        this.programmes = programmes;
        this.pairs = pairs;
        this.parts = parts;
        this.events = events;
    }

    /** The programme document, filled from the programme and its pair. */
    public DocumentFile docx(NastavnikPrincipal caller, UUID id) {
        ProgrammeCard card = programmes.card(caller, id);
        ProgrammeView p = card.programme();
        MentorshipView pair = pairs.unnamed(p.mentorshipId());
        // the card let the caller in: the curator or director, or a member of the pair, who may print her own
        // programme — with the names of the pair only
        Map<PersonId, StaffData> people = parts.people(caller, pair, card.mayEdit());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("organisation", DocumentModels.organisation(parts.organisation(p.organisationId())));
        model.put("mentors", PairPaperwork.describe(pair.current(MemberRole.MENTOR), people));
        model.put("mentees", PairPaperwork.describe(pair.current(MemberRole.MENTEE), people));
        model.put("approval", approval(p));
        model.put("form", card.pair().form());
        model.put("startsOn", Dates.DATE.format(p.startsOn()));
        model.put("endsOn", Dates.DATE.format(p.endsOn()));
        model.put("goal", p.goal());
        model.put("tasks", p.tasks() == null ? "" : p.tasks());
        List<Map<String, Object>> rows = new ArrayList<>();
        boolean closed = p.status() == ProgrammeStatus.COMPLETED || p.status() == ProgrammeStatus.TERMINATED;
        for (ActivityView a : p.activities()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("need", a.need() == null ? "" : a.need());
            row.put("title", a.title() + (a.form() == null ? "" : " (" + a.form() + ")"));
            row.put("due", Dates.DATE.format(a.dueOn()));
            row.put("responsible", text(messages, a.responsible().messageKey()));
            row.put("expected", a.expectedResult() == null ? "" : a.expectedResult());
            row.put("reportForm", a.reportForm() == null ? "" : a.reportForm());
            row.put("done", done(a, closed, messages));
            rows.add(row);
        }
        model.put("activities", rows);
        model.put("menteeEvaluation", p.menteeEvaluation() == null ? "" : p.menteeEvaluation());
        model.put("mentorEvaluation", p.mentorEvaluation() == null ? "" : p.mentorEvaluation());
        model.put("completion", completion(p, messages));
        model.put("mentorSignature", PairPaperwork.initials(pair.current(MemberRole.MENTOR), people));
        model.put("menteeSignature", PairPaperwork.initials(pair.current(MemberRole.MENTEE), people));
        events.publishEvent(new AuditEvent(
                p.organisationId(), AuditAction.GENERATE, "Programme", p.id(), "сформирован документ программы"));
        return new DocumentFile(
                PairPaperwork.programmeFileName(
                        pair.current(MemberRole.MENTEE).stream()
                                .map(people::get)
                                .toList(),
                        "docx",
                        messages),
                parts.renderProgramme(p.organisationId(), model));
    }

    /**
     * «Приложение № N к приказу от … № …» and the grif «УТВЕРЖДЕНО приказом от … № …» (ГОСТ Р 7.0.97): the
     * registered order that approved the programme and the row of its table naming the pair; blanks to fill by hand
     * while there is none.
     */
    private Map<String, String> approval(ProgrammeView p) {
        return parts.approval(p.organisationId(), p.mentorshipId())
                .map(a -> Map.of(
                        "number",
                        a.order().number(),
                        "date",
                        Dates.DATE.format(a.order().orderDate()),
                        "appendix",
                        Integer.toString(a.appendix())))
                .orElse(Map.of("number", "______", "date", "____________", "appendix", "___"));
    }

    /** The same programme document as a PDF, for printing and viewing without Word. */
    public DocumentFile pdf(NastavnikPrincipal caller, UUID id) {
        return docx(caller, id).toPdf();
    }

    /** «выполнено 15.10.2026: …», or «не выполнено» once the programme is over. */
    static String done(ActivityView a, boolean closed, MessageSource messages) {
        if (a.doneOn() != null) {
            String on = Dates.DATE.format(a.doneOn());
            return a.resultNote() == null
                    ? text(messages, "programme.document.done", on)
                    : text(messages, "programme.document.doneWithNote", on, a.resultNote());
        }
        return closed ? text(messages, "programme.document.notDone") : "";
    }

    /** Said only when the programme was completed early or with activities undone (the curator's reason). */
    static String completion(ProgrammeView p, MessageSource messages) {
        return p.completedEarly()
                ? text(
                        messages,
                        "programme.document.completion",
                        Dates.DATE.format(p.completedOn()),
                        Integer.toString(p.percentDone()),
                        String.valueOf(p.completionNote()))
                : "";
    }

    private static String text(MessageSource messages, String key, String... args) {
        return messages.getMessage(key, args, RUSSIAN);
    }
}
