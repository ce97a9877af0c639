package ru.nastavnik.mentorship;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.bank.BankEntries;
import ru.nastavnik.bank.MenteeView;
import ru.nastavnik.bank.TopicView;
import ru.nastavnik.bank.Vocabulary;
import ru.nastavnik.documents.FileType;
import ru.nastavnik.documents.StoredFileId;
import ru.nastavnik.documents.StoredFiles;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffAccounts;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Pages;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Personalised programmes: drafted from the template of the mentee's category with one activity per need,
 * approved by the curator or director, worked through by the pair (activities done with evidence, meetings),
 * completed with both evaluations. The curator sees and edits every programme of the school; a mentor and a
 * mentee see and work only in their own.
 */
@Service
@Transactional
public class Programmes {

    private static final Set<FileType> EVIDENCE_TYPES = Set.of(FileType.PDF, FileType.JPEG, FileType.PNG, FileType.DOCX,
            FileType.XLSX);

    private final ProgrammeRepository programmes;
    private final EvidenceRepository evidence;
    private final MeetingRepository meetings;
    private final CommentRepository comments;
    private final Mentorships mentorships;
    private final BankEntries banks;
    private final Vocabulary vocabulary;
    private final StaffAccounts accounts;
    private final StoredFiles files;
    private final ProgrammeTemplateManagement templates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Programmes(ProgrammeRepository programmes, EvidenceRepository evidence, MeetingRepository meetings,
            CommentRepository comments, Mentorships mentorships, BankEntries banks, Vocabulary vocabulary, StaffAccounts accounts, StoredFiles files,
            ProgrammeTemplateManagement templates, ApplicationEventPublisher events, Clock clock) {
        this.programmes = programmes;
        this.evidence = evidence;
        this.meetings = meetings;
        this.comments = comments;
        this.mentorships = mentorships;
        this.banks = banks;
        this.vocabulary = vocabulary;
        this.accounts = accounts;
        this.files = files;
        this.templates = templates;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A draft from the organisation's effective template of the mentee's category (its own, else the shipped one),
     * one activity for each of the mentee's needs.
     */
    public ProgrammeView create(NastavnikPrincipal caller, MentorshipId pairId) {
        Mentorship pair = mentorships.managed(caller, pairId);
        if (pair.status().ended()) {
            throw InvalidInputException.of("status", "mentorship.transition.invalid");
        }
        if (programmes.ofMentorship(pair.id()).isPresent()) {
            throw InvalidInputException.of("mentorship", "programme.exists");
        }
        List<PersonId> mentees = pair.current(MemberRole.MENTEE);
        MenteeView mentee = banks.currentMentee(mentees.get(0)).orElse(null);
        List<String> needs = mentees.stream().flatMap(m -> banks.currentMentee(m).stream())
                .flatMap(m -> m.needs().stream()).distinct().toList();
        Map<String, String> titles = vocabulary.of(pair.organisation()).stream()
                .collect(Collectors.toMap(TopicView::code, TopicView::title, (a, b) -> a));
        MentorshipView view = pair.view(mentorships.names(caller, pair.organisation(), pair.people()));
        String names = view.currentMentees().stream().map(MemberView::fullName).collect(Collectors.joining(", "));
        String tasks = needs.isEmpty() ? null : needs.stream().map(n -> "— " + titles.getOrDefault(n, n))
                .collect(Collectors.joining("\n"));
        ProgrammeTemplateView template = templates.effective(pair.organisation(), mentee == null ? null : mentee.category());
        Programme programme = programmes.save(new Programme(pair.organisation(), pairId,
                "Персонализированная программа наставничества: " + names, template.goal(), tasks, view.startsOn(),
                view.endsOn(), ProgrammeTemplates.plan(template.activities(), templates.effectiveSuggestions(pair.organisation()),
                        needs, titles, view.startsOn(), view.endsOn()), clock.instant()));
        audit(programme, "составлен проект программы");
        return programme.view(today());
    }

    @Transactional(readOnly = true)
    public List<ProgrammeView> list(NastavnikPrincipal caller, OrganisationId organisation) {
        return list(caller, organisation, null, Pageable.unpaged()).getContent();
    }

    /** A page of the programmes, those whose title (it names the pair) has {@code q} in it. */
    @Transactional(readOnly = true)
    public Page<ProgrammeView> list(NastavnikPrincipal caller, OrganisationId organisation, String q, Pageable asked) {
        Mentorships.check(caller, organisation);
        Page<ProgrammeView> page = Pages.cut(programmes.inOrganisation(organisation.value()).stream()
                .map(p -> p.view(today())).filter(v -> Pages.named(q, v.title())).toList(), asked);
        // a programme's title names its pair: the list is a read of the pairs' members
        events.publishEvent(AuditEvent.ofMany(organisation, AuditAction.READ, "Person", mentorships.memberIds(
                page.getContent().stream().map(ProgrammeView::mentorshipId).toList()), "в списке программ наставничества"));
        return page;
    }

    /** The list for figures only (the roadmap): no title is shown, so no read is recorded. */
    @Transactional(readOnly = true)
    public List<ProgrammeStatus> statuses(NastavnikPrincipal caller, OrganisationId organisation) {
        Mentorships.check(caller, organisation);
        return programmes.inOrganisation(organisation.value()).stream().map(p -> p.view(today()).status()).toList();
    }

    /** The programmes the signed-in teacher takes part in, as mentor or mentee. */
    @Transactional(readOnly = true)
    public List<ProgrammeView> mine(NastavnikPrincipal caller) {
        return accounts.ownId(caller).map(me -> mentorships.runningAndEndedWith(me).stream()
                .flatMap(pair -> programmes.ofMentorship(pair.id()).stream())
                .map(p -> p.view(today())).toList()).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public ProgrammeCard card(NastavnikPrincipal caller, UUID id) {
        Access access = access(caller, id);
        Programme programme = access.programme();
        ProgrammeView view = programme.view(today());
        List<UUID> activityIds = view.activities().stream().map(ActivityView::id).toList();
        Mentorship pair = mentorships.loaded(programme.mentorship());
        events.publishEvent(AuditEvent.ofMany(pair.organisation(), AuditAction.READ, "Person",
                mentorships.memberIds(List.of(programme.mentorship())), "карточка программы наставничества"));
        return new ProgrammeCard(view, pair.view(access.curator() ? mentorships.names(caller, pair.organisation(), pair.people()) : p -> ""),
                activityIds.isEmpty() ? List.of() : evidence.ofActivities(activityIds).stream().map(Evidence::view).toList(),
                meetings.ofProgramme(programme.id()).stream().map(Meeting::view).toList(),
                comments.ofProgramme(programme.id()).stream().map(Comment::view).toList(), access.curator(),
                access.role() == MemberRole.MENTOR, access.role() == MemberRole.MENTEE, access.drafter());
    }

    /** Approved by the curator or director; work starts at once if the pair is already at work. */
    public ProgrammeView approve(NastavnikPrincipal caller, UUID id) {
        Programme programme = curated(caller, id);
        programme.approve(today());
        if (mentorships.loaded(programme.mentorship()).status() == MentorshipStatus.ACTIVE) {
            programme.start();
        }
        audit(programme, "программа утверждена");
        return programme.view(today());
    }

    /** The pair started (its order registered): its approved programme is now being worked through. */
    void pairStarted(MentorshipId pair) {
        programmes.ofMentorship(pair.value()).ifPresent(Programme::start);
    }

    public ProgrammeView markDone(NastavnikPrincipal caller, UUID id, UUID activity, boolean done, String note) {
        Programme programme = access(caller, id).programme();
        Activity a = programme.activity(activity);
        if (done) {
            a.markDone(today(), note);
        } else {
            a.reopen();
        }
        audit(programme, done ? "мероприятие отмечено выполненным" : "отметка о выполнении снята");
        return programme.view(today());
    }

    /** Evidence as a file (checked by content, not by name) or a link; hostile files are refused. */
    public EvidenceView addEvidence(NastavnikPrincipal caller, UUID id, UUID activity, String title, String url,
            InputStream content, String fileName) {
        Access access = access(caller, id);
        Programme programme = access.programme();
        programme.activity(activity);
        UUID file = null;
        if (content != null) {
            StoredFileId stored = files.store(programme.organisation(), "programme-evidence", content, fileName,
                    EVIDENCE_TYPES, files.maxScanBytes()).id();
            file = stored.value();
        }
        Evidence saved = evidence.save(new Evidence(activity, file, url == null || url.isBlank() ? null : url.strip(),
                title, access.person(), clock.instant()));
        audit(programme, "добавлено подтверждение выполнения");
        return saved.view();
    }

    @Transactional(readOnly = true)
    /** An evidence file under the name it was uploaded with (the name was made safe when it was stored). */
    public DocumentFile evidenceFile(NastavnikPrincipal caller, UUID id, UUID evidenceId) {
        Programme programme = access(caller, id).programme();
        Set<UUID> activities = programme.view(today()).activities().stream().map(ActivityView::id).collect(Collectors.toSet());
        Evidence e = evidence.findById(evidenceId).filter(x -> activities.contains(x.view().activityId()) && x.fileId() != null)
                .orElseThrow(NotFoundException::new);
        events.publishEvent(new AuditEvent(programme.organisation(), AuditAction.DOWNLOAD, "Programme", programme.id(),
                "скачано подтверждение"));
        StoredFileId file = new StoredFileId(e.fileId());
        return new DocumentFile(files.info(programme.organisation(), file).originalName(),
                files.read(programme.organisation(), file));
    }

    public MeetingView logMeeting(NastavnikPrincipal caller, UUID id, LocalDate heldOn, String topic, String outcome) {
        Access access = access(caller, id);
        if (access.programme().status() != ProgrammeStatus.IN_PROGRESS) {
            throw InvalidInputException.of("status", "programme.notInProgress");
        }
        MeetingView saved = meetings.save(new Meeting(access.programme().id(), heldOn, topic, outcome, access.person(),
                clock.instant())).view();
        audit(access.programme(), "записана встреча");
        return saved;
    }

    /** A comment by the pair or the curator, signed with the author's name and role. */
    public CommentView comment(NastavnikPrincipal caller, UUID id, String text) {
        Access access = access(caller, id);
        String role = access.role() == null ? "CURATOR" : access.role().name();
        CommentView saved = comments.save(new Comment(access.programme().id(), caller.fullName(), role, text, clock.instant())).view();
        audit(access.programme(), "добавлен комментарий");
        return saved;
    }

    /** The mentee's self-evaluation or the mentor's evaluation, each by its own author. */
    public ProgrammeView evaluate(NastavnikPrincipal caller, UUID id, String text) {
        Access access = access(caller, id);
        if (access.role() == null) {
            throw InvalidInputException.of("evaluation", "programme.evaluation.participantsOnly");
        }
        access.programme().evaluate(access.role() == MemberRole.MENTOR, text);
        audit(access.programme(), "записана итоговая оценка");
        return access.programme().view(today());
    }

    /**
     * Closes the programme and completes its pair; the results may later be proposed as a best practice. Before its
     * planned end or with activities undone only with {@code confirmed} and the {@code reason}.
     */
    public ProgrammeView complete(NastavnikPrincipal caller, UUID id, boolean confirmed, String reason) {
        Programme programme = curated(caller, id);
        programme.complete(today(), confirmed, reason);
        Mentorship pair = mentorships.loaded(programme.mentorship());
        events.publishEvent(new SatisfactionSurveys.Send(SatisfactionSurveys.Curator.of(caller), programme.organisation(),
                pair.current(MemberRole.MENTEE), pair.current(MemberRole.MENTOR)));
        mentorships.completeWithProgramme(caller, programme.mentorship());
        audit(programme, "программа завершена");
        events.publishEvent(new ProgrammeCompleted(programme.organisation(), programme.id(), programme.mentorship()));
        return programme.view(today());
    }

    private Programme curated(NastavnikPrincipal caller, UUID id) {
        Access access = access(caller, id);
        if (!access.curator()) {
            throw new NotFoundException();
        }
        return access.programme();
    }

    /** Who the caller is to this programme: its school's curator/director, or one of its pair, or nobody (404). */
    Access access(NastavnikPrincipal caller, UUID id) {
        Programme programme = programmes.findById(id).orElseThrow(NotFoundException::new);
        if (caller.hasAnyIn(programme.organisation(), Role.DIRECTOR, Role.CURATOR)) {
            PersonId own = accounts.ownId(caller).orElse(null);
            return new Access(programme, true, null, own);
        }
        PersonId own = accounts.ownId(caller).orElseThrow(NotFoundException::new);
        Mentorship pair = mentorships.loaded(programme.mentorship());
        MemberRole role = pair.roleOf(own);
        if (role == null) {
            throw new NotFoundException();
        }
        return new Access(programme, false, role, own);
    }

    record Access(Programme programme, boolean curator, MemberRole role, PersonId person) {

        /** The mentor writes the programme with the mentee (the 2021 recommendations); the curator may edit it too. */
        boolean drafter() {
            return curator || role == MemberRole.MENTOR;
        }

        @Override
        public PersonId person() {
            if (person == null) {
                throw InvalidInputException.of("person", "programme.noStaffRecord");
            }
            return person;
        }
    }

    void audit(Programme programme, String details) {
        events.publishEvent(new AuditEvent(programme.organisation(), AuditAction.UPDATE, "Programme", programme.id(), details));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
