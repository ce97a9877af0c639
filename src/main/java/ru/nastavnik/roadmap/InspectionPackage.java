package ru.nastavnik.roadmap;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.consent.ConsentScans;
import ru.nastavnik.consent.ConsentStatus;
import ru.nastavnik.consent.ConsentView;
import ru.nastavnik.events.EventDocuments;
import ru.nastavnik.events.EventStatus;
import ru.nastavnik.events.EventSummary;
import ru.nastavnik.events.EventView;
import ru.nastavnik.events.Events;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MentorshipDocuments;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.Mentorships;
import ru.nastavnik.mentorship.OrderRegister;
import ru.nastavnik.mentorship.OrderScans;
import ru.nastavnik.mentorship.OrderStatus;
import ru.nastavnik.mentorship.OrderView;
import ru.nastavnik.mentorship.RegulationDocuments;
import ru.nastavnik.mentorship.RegulationDocuments.Appendix;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.practices.PracticeDocuments;
import ru.nastavnik.practices.PracticeStatus;
import ru.nastavnik.practices.PracticeView;
import ru.nastavnik.practices.Practices;
import ru.nastavnik.programme.ProgrammeDocument;
import ru.nastavnik.programme.ProgrammeView;
import ru.nastavnik.programme.Programmes;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Dates;

/**
 * The inspection package (прокуратура, Рособрнадзор, the founder): one ZIP for a period with the Regulation and the
 * roadmap, every registered order with its signed scan, the register of the consents on file and their scans (a
 * withdrawn person's consent and scan left out: processing of her data has stopped), the supplementary agreements, the programmes, the events'
 * protocols and the practices — with an index first — then the folders other modules contribute
 * ({@link PackageContribution}: the monitoring reports, the list of publications). Each file is made when the archive
 * reaches it and streamed.
 */
@Service
public class InspectionPackage {

    private static final java.util.Locale RUSSIAN = java.util.Locale.forLanguageTag("ru");

    private final OrderRegister orders;
    private final OrderScans orderScans;
    private final MentorshipDocuments mentorshipDocuments;
    private final RegulationDocuments regulation;
    private final Mentorships mentorships;
    private final Programmes programmes;
    private final ProgrammeDocument programmeDocument;
    private final ConsentManagement consents;
    private final ConsentScans consentScans;
    private final Events events;
    private final EventDocuments eventDocuments;
    private final Practices practices;
    private final PracticeDocuments practiceDocuments;
    private final ApplicationEventPublisher publisher;
    private final StaffManagement staff;
    private final MessageSource messages;
    private final ObjectProvider<PackageContribution> contributions;

    InspectionPackage(
            OrderRegister orders,
            OrderScans orderScans,
            MentorshipDocuments mentorshipDocuments,
            RegulationDocuments regulation,
            Mentorships mentorships,
            Programmes programmes,
            ProgrammeDocument programmeDocument,
            ConsentManagement consents,
            ConsentScans consentScans,
            Events events,
            EventDocuments eventDocuments,
            Practices practices,
            PracticeDocuments practiceDocuments,
            ApplicationEventPublisher publisher,
            StaffManagement staff,
            MessageSource messages,
            ObjectProvider<PackageContribution> contributions) {
        this.contributions = contributions;
        this.staff = staff;
        this.messages = messages;
        this.orders = orders;
        this.orderScans = orderScans;
        this.mentorshipDocuments = mentorshipDocuments;
        this.regulation = regulation;
        this.mentorships = mentorships;
        this.programmes = programmes;
        this.programmeDocument = programmeDocument;
        this.consents = consents;
        this.consentScans = consentScans;
        this.events = events;
        this.eventDocuments = eventDocuments;
        this.practices = practices;
        this.practiceDocuments = practiceDocuments;
        this.publisher = publisher;
    }

    /** Checks the caller and the period and lists the files, before a byte is sent: a refusal changes nothing. */
    public List<PackageEntry> plan(
            NastavnikPrincipal caller, OrganisationId organisation, LocalDate from, LocalDate to) {
        if (!caller.hasAnyIn(organisation, Role.DIRECTOR, Role.CURATOR)) {
            throw new NotFoundException();
        }
        PackageIndex.checkPeriod(from, to);
        List<PackageEntry> entries = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        for (Appendix appendix : Appendix.values()) {
            String name = appendix == Appendix.REGULATION ? "Положение о системе наставничества" : "Дорожная карта";
            entries.add(entry(
                    paths,
                    "Положение и дорожная карта",
                    name,
                    null,
                    null,
                    "01 Положение и дорожная карта/" + name + ".pdf",
                    out -> out.write(regulation
                            .current(caller, organisation, appendix, true)
                            .content())));
        }
        Map<java.util.UUID, LocalDate> orderDates = new java.util.HashMap<>();
        for (OrderView order : orders.list(caller, organisation)) {
            if (order.status() == OrderStatus.REGISTERED && order.orderDate() != null) {
                orderDates.put(order.id(), order.orderDate());
            }
            if (order.status() != OrderStatus.REGISTERED || !within(order.orderDate(), from, to)) {
                continue;
            }
            String base = "02 Приказы/Приказ № " + order.number() + " от " + Dates.DATE.format(order.orderDate());
            entries.add(entry(
                    paths,
                    "Приказы",
                    order.title(),
                    order.number(),
                    order.orderDate(),
                    base + ".pdf",
                    out -> out.write(
                            mentorshipDocuments.orderPdf(caller, order.id()).content())));
            if (order.scanned()) {
                entries.add(entry(
                        paths,
                        "Приказы",
                        "Подписанный скан: " + order.title(),
                        order.number(),
                        order.orderDate(),
                        base + " (скан)." + orderScans.scanExtension(caller, order.id()),
                        out -> out.write(orderScans.scan(caller, order.id()).content())));
            }
        }
        List<ConsentView> given = consents.search(caller, organisation, null, null).stream()
                .filter(c -> c.status() != ConsentStatus.WITHDRAWN
                        && c.withdrawnOn() == null
                        && within(c.givenOn(), from, to))
                .toList();
        List<ConsentView> onFile = given.stream().filter(ConsentView::hasScan).toList();
        Map<PersonId, StaffView> people = given.isEmpty()
                ? Map.of()
                : staff.currentAmong(
                        caller,
                        organisation,
                        given.stream().map(ConsentView::personId).toList());
        if (!given.isEmpty()) {
            List<ConsentRegister.Row> register = given.stream()
                    .map(c -> new ConsentRegister.Row(
                            people.containsKey(c.personId())
                                    ? people.get(c.personId()).data().fullName()
                                    : c.personId().toString(),
                            messages.getMessage(
                                    c.purpose().messageKey(), null, c.purpose().name(), RUSSIAN),
                            c.givenOn(),
                            c.validUntil(),
                            c.hasScan()))
                    .toList();
            entries.add(entry(
                    paths,
                    "Согласия",
                    "Реестр согласий, данных в периоде",
                    null,
                    to,
                    "03 Согласия/00 Реестр согласий.xlsx",
                    out -> ConsentRegister.write(register, from, to, out)));
        }
        for (ConsentView consent : onFile) {
            String purpose = messages.getMessage(
                    consent.purpose().messageKey(), null, consent.purpose().name(), RUSSIAN);
            String who = people.containsKey(consent.personId())
                    ? people.get(consent.personId()).data().fullName()
                    : consent.personId().toString();
            entries.add(entry(
                    paths,
                    "Согласия",
                    purpose + " — " + who,
                    null,
                    consent.givenOn(),
                    "03 Согласия/" + who + " — " + purpose + "."
                            + consentScans.scanExtension(caller, organisation, consent.id()),
                    out -> copy(
                            consentScans
                                    .scan(caller, organisation, consent.id())
                                    .content(),
                            out)));
        }
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
            pair.members().stream()
                    .filter(m -> m.role() == MemberRole.MENTOR && organisation.equals(m.organisationId()))
                    .distinct()
                    .forEach(mentor -> entries.add(entry(
                            paths,
                            "Дополнительные соглашения",
                            "Дополнительное соглашение о наставничестве — " + mentor.fullName(),
                            null,
                            pair.startsOn(),
                            "04 Дополнительные соглашения/" + mentor.fullName() + " с "
                                    + Dates.DATE.format(pair.startsOn()) + ".pdf",
                            out -> out.write(mentorshipDocuments
                                    .agreement(caller, pair.id(), mentor.personId())
                                    .toPdf()
                                    .content()))));
        }
        for (ProgrammeView programme : programmes.list(caller, organisation)) {
            if (programme.approvedOn() == null || !pairs.containsKey(programme.mentorshipId())) {
                continue;
            }
            String mentees = pairs.get(programme.mentorshipId()).members().stream()
                    .filter(m -> m.role() == MemberRole.MENTEE)
                    .map(m -> m.fullName())
                    .distinct()
                    .collect(java.util.stream.Collectors.joining(", "));
            entries.add(entry(
                    paths,
                    "Программы",
                    "Персонализированная программа наставничества — " + mentees,
                    null,
                    programme.approvedOn(),
                    "05 Программы/" + mentees + ".pdf",
                    out -> out.write(
                            programmeDocument.pdf(caller, programme.id()).content())));
        }
        for (EventSummary summary : events.list(caller, organisation)) {
            EventView event = summary.event();
            LocalDate on = LocalDate.ofInstant(
                    event.startsAt(), event.zone() == null ? ZoneId.of("Europe/Moscow") : event.zone());
            if (!organisation.equals(event.organisationId())
                    || event.status() != EventStatus.HELD
                    || event.protocol() == null
                    || !within(on, from, to)) {
                continue;
            }
            entries.add(entry(
                    paths,
                    "Протоколы мероприятий",
                    "Протокол: " + event.title(),
                    event.protocol().number(),
                    on,
                    "06 Протоколы/Протокол № " + event.protocol().number() + " — " + safe(event.title()) + ".pdf",
                    out -> out.write(
                            eventDocuments.protocol(caller, event.id(), true).content())));
        }
        for (PracticeView practice : practices.list(caller, organisation)) {
            LocalDate decided = practice.decidedAt() == null
                    ? null
                    : LocalDate.ofInstant(practice.decidedAt(), ZoneId.of("Europe/Moscow"));
            if (practice.status() != PracticeStatus.ACCEPTED || !within(decided, from, to)) {
                continue;
            }
            entries.add(entry(
                    paths,
                    "Лучшие практики",
                    "Практика: " + practice.title(),
                    null,
                    decided,
                    "07 Практики/" + safe(practice.title()) + ".docx",
                    out -> out.write(practiceDocuments
                            .contestEntry(caller, practice.id())
                            .content())));
        }
        contribute(caller, organisation, from, to, entries, paths);
        return entries;
    }

    /** The other modules' folders, numbered on from the roadmap's own; a module with nothing for the period has none. */
    private void contribute(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            LocalDate from,
            LocalDate to,
            List<PackageEntry> entries,
            Set<String> paths) {
        int folder = 8;
        for (PackageContribution contribution : contributions.stream()
                .sorted(java.util.Comparator.comparingInt(PackageContribution::order))
                .toList()) {
            List<PackageContribution.Part> parts = contribution.parts(caller, organisation, from, to);
            if (parts.isEmpty()) {
                continue;
            }
            String dir = String.format("%02d %s/", folder++, safe(contribution.section()));
            for (PackageContribution.Part part : parts) {
                entries.add(entry(
                        paths,
                        contribution.section(),
                        part.title(),
                        part.number(),
                        part.date(),
                        dir + safe(part.fileName()),
                        part.writer()));
            }
        }
    }

    /** Writes the index and then every file into the ZIP, one at a time. */
    public void write(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            LocalDate from,
            LocalDate to,
            List<PackageEntry> entries,
            OutputStream out)
            throws IOException {
        publisher.publishEvent(new AuditEvent(
                organisation,
                AuditAction.EXPORT,
                "InspectionPackage",
                null,
                "пакет документов для проверки с " + from + " по " + to + ": файлов " + entries.size()));
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("00 Опись документов.pdf"));
            zip.write(PackageIndex.pdf(entries, from, to));
            zip.closeEntry();
            for (PackageEntry entry : entries) {
                zip.putNextEntry(new ZipEntry(entry.path()));
                entry.writer().writeTo(zip);
                zip.closeEntry();
                zip.flush();
            }
        }
    }

    private static PackageEntry entry(
            Set<String> paths,
            String section,
            String title,
            String number,
            LocalDate date,
            String path,
            PackageEntry.Writer writer) {
        String unique = path;
        for (int i = 2; !paths.add(unique); i++) {
            int dot = path.lastIndexOf('.');
            unique = path.substring(0, dot) + " (" + i + ")" + path.substring(dot);
        }
        return new PackageEntry(section, title, number, date, unique.replace('\\', '-'), writer);
    }

    /** A title as a file name: no path separators or characters archivers refuse. */
    private static String safe(String title) {
        String clean = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").strip();
        return clean.length() > 120 ? clean.substring(0, 120) : clean;
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }

    private static void copy(InputStream in, OutputStream out) {
        try (in) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The school's own date: the default period of its package ends there. */
    public java.time.LocalDate today(OrganisationId organisation) {
        return mentorships.today(organisation);
    }
}
