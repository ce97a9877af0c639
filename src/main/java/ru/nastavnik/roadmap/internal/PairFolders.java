package ru.nastavnik.roadmap.internal;

import static ru.nastavnik.roadmap.internal.PackageFiles.entry;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MentorshipDocuments;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.Mentorships;
import ru.nastavnik.programme.ProgrammeDocument;
import ru.nastavnik.programme.ProgrammeView;
import ru.nastavnik.programme.Programmes;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Dates;

/**
 * The inspection package's folders of the pairs assigned by the period's end and not ended before its start: each
 * mentor's supplementary agreement, and the approved programmes.
 */
@Component
class PairFolders {

    private final MentorshipDocuments mentorshipDocuments;
    private final Mentorships mentorships;
    private final Programmes programmes;
    private final ProgrammeDocument programmeDocument;
    private final PackageTexts texts;

    PairFolders(
            MentorshipDocuments mentorshipDocuments,
            Mentorships mentorships,
            Programmes programmes,
            ProgrammeDocument programmeDocument,
            PackageTexts texts) {
        this.texts = texts;
        this.mentorshipDocuments = mentorshipDocuments;
        this.mentorships = mentorships;
        this.programmes = programmes;
        this.programmeDocument = programmeDocument;
    }

    /** {@code orderDates}: the registration dates of the school's registered orders, by order. */
    void add(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            LocalDate from,
            LocalDate to,
            Map<java.util.UUID, LocalDate> orderDates,
            List<PackageEntry> entries,
            Set<String> paths) {
        Map<ru.nastavnik.mentorship.MentorshipId, MentorshipView> pairs = new LinkedHashMap<>();
        for (MentorshipView pair : mentorships.list(caller, organisation)) {
            // the agreement is signed before the order that assigns the pair: a pair counts from its order's date
            LocalDate assigned = pair.assignmentOrderId() == null ? null : orderDates.get(pair.assignmentOrderId());
            if (assigned == null
                    || assigned.isAfter(to)
                    || (pair.endedOn() != null && pair.endedOn().isBefore(from))) {
                continue;
            }
            pairs.put(pair.id(), pair);
            // a mentor with two pairs from one day signs two agreements: the mentees tell their files apart
            String menteesOfPair = mentees(pair);
            pair.members().stream()
                    .filter(m -> m.role() == MemberRole.MENTOR && organisation.equals(m.organisationId()))
                    .distinct()
                    .forEach(mentor -> entries.add(entry(
                            paths,
                            texts.text("roadmap.package.agreements"),
                            texts.text("roadmap.package.agreement", mentor.fullName()),
                            null,
                            pair.startsOn(),
                            texts.text(
                                    "roadmap.package.agreement.file",
                                    mentor.fullName(),
                                    Dates.DATE.format(pair.startsOn()),
                                    menteesOfPair),
                            out -> out.write(mentorshipDocuments
                                    .agreement(caller, pair.id(), mentor.personId())
                                    .toPdf()
                                    .content()))));
        }
        for (ProgrammeView programme : programmes.list(caller, organisation)) {
            if (programme.approvedOn() == null || !pairs.containsKey(programme.mentorshipId())) {
                continue;
            }
            String mentees = mentees(pairs.get(programme.mentorshipId()));
            entries.add(entry(
                    paths,
                    texts.text("roadmap.package.programmes"),
                    texts.text("roadmap.package.programme", mentees),
                    null,
                    programme.approvedOn(),
                    texts.text("roadmap.package.programme.file", mentees),
                    out -> out.write(
                            programmeDocument.pdf(caller, programme.id()).content())));
        }
    }

    private static String mentees(MentorshipView pair) {
        return pair.members().stream()
                .filter(m -> m.role() == MemberRole.MENTEE)
                .map(m -> m.fullName())
                .distinct()
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
