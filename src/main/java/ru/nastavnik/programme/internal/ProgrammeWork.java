package ru.nastavnik.programme.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.documents.FileType;
import ru.nastavnik.documents.StoredFileId;
import ru.nastavnik.documents.StoredFiles;
import ru.nastavnik.mentorship.DocumentFile;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffProfiles;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.programme.ProgrammeView;
import ru.nastavnik.shared.Gender;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The pair working through its programme: activities marked done with evidence, meetings, comments, the two
 * evaluations. The curator may do all of it too ({@link ProgrammeAccess}).
 */
@Service
@Transactional
public class ProgrammeWork {

    private static final Set<FileType> EVIDENCE_TYPES =
            Set.of(FileType.PDF, FileType.JPEG, FileType.PNG, FileType.DOCX, FileType.XLSX);

    private final ProgrammeAccess access;
    private final EvidenceRepository evidence;
    private final MeetingRepository meetings;
    private final CommentRepository comments;
    private final StoredFiles files;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SchoolDates dates;
    private final StaffProfiles profiles;
    private final CommentLetters letters;

    ProgrammeWork(
            ProgrammeAccess access,
            EvidenceRepository evidence,
            MeetingRepository meetings,
            CommentRepository comments,
            StoredFiles files,
            ApplicationEventPublisher events,
            SchoolDates dates,
            StaffProfiles profiles,
            CommentLetters letters,
            Clock clock) {
        this.letters = letters;
        this.access = access;
        this.evidence = evidence;
        this.meetings = meetings;
        this.comments = comments;
        this.files = files;
        this.events = events;
        this.clock = clock;
        this.dates = dates;
        this.profiles = profiles;
    }

    public ProgrammeView markDone(NastavnikPrincipal caller, UUID id, UUID activity, boolean done, String note) {
        Programme programme = access.of(caller, id).programme();
        Activity a = programme.activity(activity);
        if (done) {
            a.markDone(access.today(programme), note);
        } else {
            a.reopen();
        }
        access.audit(programme, done ? "мероприятие отмечено выполненным" : "отметка о выполнении снята");
        return programme.view(access.today(programme));
    }

    /** Evidence as a file (checked by content, not by name) or a link; hostile files are refused. */
    public EvidenceView addEvidence(
            NastavnikPrincipal caller,
            UUID id,
            UUID activity,
            String title,
            String url,
            InputStream content,
            String fileName) {
        ProgrammeAccess.Access who = access.of(caller, id);
        Programme programme = who.programme();
        programme.activity(activity);
        UUID file = null;
        if (content != null) {
            StoredFileId stored = files.store(
                            programme.organisation(),
                            "programme-evidence",
                            content,
                            fileName,
                            EVIDENCE_TYPES,
                            files.maxScanBytes())
                    .id();
            file = stored.value();
        }
        Evidence saved = evidence.save(new Evidence(
                activity,
                file,
                url == null || url.isBlank() ? null : url.strip(),
                title,
                who.person(),
                clock.instant()));
        access.audit(programme, "добавлено подтверждение выполнения");
        return saved.view();
    }

    /** An evidence file under the name it was uploaded with (the name was made safe when it was stored). */
    @Transactional(readOnly = true)
    public DocumentFile evidenceFile(NastavnikPrincipal caller, UUID id, UUID evidenceId) {
        Programme programme = access.of(caller, id).programme();
        Set<UUID> activities = programme.view(access.today(programme)).activities().stream()
                .map(ActivityView::id)
                .collect(Collectors.toSet());
        Evidence e = evidence.findById(evidenceId)
                .filter(x -> activities.contains(x.view().activityId()) && x.fileId() != null)
                .orElseThrow(NotFoundException::new);
        // the pair's own scan (a lesson's plan, a report) is about its people: the download names them (152-ФЗ)
        events.publishEvent(new AuditEvent(
                programme.organisation(),
                AuditAction.DOWNLOAD,
                "Programme",
                programme.id(),
                "скачано подтверждение",
                access.members(programme)));
        StoredFileId file = new StoredFileId(e.fileId());
        return new DocumentFile(
                files.info(programme.organisation(), file).originalName(), files.read(programme.organisation(), file));
    }

    public MeetingView logMeeting(NastavnikPrincipal caller, UUID id, LocalDate heldOn, String topic, String outcome) {
        ProgrammeAccess.Access who = access.of(caller, id);
        Programme programme = who.programme();
        MeetingView saved = meetings.save(programme.meeting(
                        heldOn, topic, outcome, who.person(), access.today(programme), clock.instant()))
                .view();
        access.audit(who.programme(), "записана встреча");
        return saved;
    }

    /**
     * A comment by the pair or the curator, signed with the author's name and role; a member of the pair's role is
     * written in her gender as her staff record holds it («наставляемая»).
     */
    public CommentView comment(NastavnikPrincipal caller, UUID id, String text) {
        ProgrammeAccess.Access who = access.of(caller, id);
        String role = who.role() == null ? "CURATOR" : who.role().name();
        Gender gender = who.role() == null ? null : gender(who.person());
        CommentView saved = comments.save(
                        new Comment(who.programme().id(), caller.fullName(), role, gender, text, clock.instant()))
                .view();
        access.audit(who.programme(), "добавлен комментарий");
        letters.send(who.programme(), who.role() == null ? null : who.person(), caller.fullName());
        return saved;
    }

    /** Her gender as her own staff record holds it; null for a record whose processing is restricted. */
    private Gender gender(PersonId person) {
        StaffView own = profiles.of(List.of(person)).get(person);
        return own == null ? null : own.data().gender();
    }

    /** The mentee's self-evaluation or the mentor's evaluation, each by its own author. */
    public ProgrammeView evaluate(NastavnikPrincipal caller, UUID id, String text) {
        ProgrammeAccess.Access who = access.of(caller, id);
        if (who.role() == null) {
            throw InvalidInputException.of("evaluation", "programme.evaluation.participantsOnly");
        }
        who.programme().evaluate(who.role() == MemberRole.MENTOR, text);
        access.audit(who.programme(), "записана итоговая оценка");
        return who.programme().view(access.today(who.programme()));
    }
}
