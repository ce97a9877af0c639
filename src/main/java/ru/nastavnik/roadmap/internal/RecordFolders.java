package ru.nastavnik.roadmap.internal;

import static ru.nastavnik.roadmap.internal.PackageFiles.entry;
import static ru.nastavnik.roadmap.internal.PackageFiles.safe;
import static ru.nastavnik.roadmap.internal.PackageFiles.within;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import ru.nastavnik.events.EventDocuments;
import ru.nastavnik.events.EventStatus;
import ru.nastavnik.events.EventSummary;
import ru.nastavnik.events.EventView;
import ru.nastavnik.events.Events;
import ru.nastavnik.practices.PracticeDocuments;
import ru.nastavnik.practices.PracticeStatus;
import ru.nastavnik.practices.PracticeView;
import ru.nastavnik.practices.Practices;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The inspection package's folders of work on record: the protocols of the events held, the practices accepted. */
@Component
class RecordFolders {

    private final Events events;
    private final EventDocuments eventDocuments;
    private final Practices practices;
    private final PracticeDocuments practiceDocuments;
    private final PackageTexts texts;

    RecordFolders(
            Events events,
            EventDocuments eventDocuments,
            Practices practices,
            PracticeDocuments practiceDocuments,
            PackageTexts texts) {
        this.texts = texts;
        this.events = events;
        this.eventDocuments = eventDocuments;
        this.practices = practices;
        this.practiceDocuments = practiceDocuments;
    }

    void add(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            LocalDate from,
            LocalDate to,
            List<PackageEntry> entries,
            Set<String> paths) {
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
                    texts.text("roadmap.package.protocols"),
                    texts.text("roadmap.package.protocol", event.title()),
                    event.protocol().number(),
                    on,
                    texts.text("roadmap.package.protocol.file", event.protocol().number(), safe(event.title())),
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
                    texts.text("roadmap.package.practices"),
                    texts.text("roadmap.package.practice", practice.title()),
                    null,
                    decided,
                    texts.text("roadmap.package.practice.file", safe(practice.title())),
                    out -> out.write(practiceDocuments
                            .contestEntry(caller, practice.id())
                            .content())));
        }
    }
}
