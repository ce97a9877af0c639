package ru.nastavnik.publishing.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import ru.nastavnik.consent.ConsentCheck;
import ru.nastavnik.consent.DistributionChannel;
import ru.nastavnik.consent.DistributionKind;
import ru.nastavnik.mentorship.PairMembers;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffProfiles;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.programme.ProgrammeCompleted;
import ru.nastavnik.publishing.PublicationSource;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;

/**
 * A programme completed, as news naming the pair — drafted only when every mentor and mentee of it has a valid
 * consent to distribution (152-ФЗ art. 10.1). Otherwise nothing is drafted: one pair's completion, dated, is about
 * identifiable people even without their names (a school has a handful of mentors), so a nameless draft would be
 * no safer. The draft names them as people of the item, so publishing checks their consent again and a withdrawal
 * hides the name.
 */
@Component
class ProgrammeNews {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final PairMembers pairs;
    private final StaffProfiles profiles;
    private final ConsentCheck consents;
    private final SystemDraftWriter publications;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final SchoolDates dates;

    ProgrammeNews(
            PairMembers pairs,
            StaffProfiles profiles,
            ConsentCheck consents,
            SystemDraftWriter publications,
            ApplicationEventPublisher events,
            MessageSource messages,
            SchoolDates dates) {
        this.pairs = pairs;
        this.profiles = profiles;
        this.consents = consents;
        this.publications = publications;
        this.events = events;
        this.messages = messages;
        this.dates = dates;
    }

    Optional<PublicationId> draft(ProgrammeCompleted completed) {
        Optional<PairMembers.Members> found = pairs.of(completed.mentorship());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PairMembers.Members pair = found.get();
        List<PersonId> people = Stream.concat(pair.mentors().stream(), pair.mentees().stream())
                .distinct()
                .toList();
        if (pair.mentors().isEmpty()
                || pair.mentees().isEmpty()
                || !consents.coveredFor(people, DistributionKind.NEWS, Set.of(DistributionChannel.SECTION))
                        .containsAll(people)) {
            return Optional.empty();
        }
        Map<PersonId, StaffView> staff = profiles.of(people);
        if (!staff.keySet().containsAll(people)) {
            // a record restricted or archived since: not to be named, so no draft
            return Optional.empty();
        }
        events.publishEvent(AuditEvent.ofMany(
                completed.organisation(),
                AuditAction.READ,
                "Person",
                people.stream().map(PersonId::value).toList(),
                "черновик новости о завершённой программе наставничества"));
        Map<PersonId, String> named = new LinkedHashMap<>();
        people.forEach(p -> named.put(p, staff.get(p).data().fullName()));
        LocalDate on = pair.endedOn() != null ? pair.endedOn() : dates.today(completed.organisation());
        String body = "<p>"
                + escape(text(
                        "publishingDrafts.programme.body",
                        DATE.format(on),
                        names(pair.mentors(), named),
                        names(pair.mentees(), named),
                        pair.form()))
                + "</p><p>"
                + escape(text("publishingDrafts.programme.next")) + "</p>";
        return publications.write(
                completed.organisation(),
                PublicationSource.PROGRAMME,
                completed.programme(),
                new PublicationDraft(text("publishingDrafts.programme.title"), body, List.copyOf(named.keySet())),
                named,
                "о завершённой программе наставничества");
    }

    private static String names(List<PersonId> people, Map<PersonId, String> named) {
        return people.stream().map(named::get).collect(Collectors.joining(", "));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, RU);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
