package ru.nastavnik.events.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.events.AgendaEntry;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffProfiles;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Whom an organiser may invite by name: the staff of the schools of her territory (her own school's, for a school).
 * Finding them by name, showing those already chosen, and recognising an agenda speaker typed by full name as that
 * person — each showing of a name audited in the person's school.
 */
@Service
@Transactional(readOnly = true)
public class EventInvitees {

    static final int FOUND_AT_MOST = 20;
    private static final java.util.regex.Pattern WITH_SCHOOL = java.util.regex.Pattern.compile("(.+?)\\s*\\((.+)\\)");

    private final EventAccess access;
    private final StaffProfiles profiles;
    private final EventAudit audit;

    EventInvitees(EventAccess access, StaffProfiles profiles, EventAudit audit) {
        this.access = access;
        this.profiles = profiles;
        this.audit = audit;
    }

    /** A person as the invitation form lists her. */
    public record Invitee(PersonId id, String fullName, String school, String position) {}

    /** Up to {@value #FOUND_AT_MOST} people of the organiser's territory whose name has {@code text} in it. */
    public List<Invitee> search(NastavnikPrincipal caller, OrganisationId organiser, String text) {
        access.checkOrganiser(caller, organiser);
        return shown(
                profiles.findByName(schools(organiser), text, FOUND_AT_MOST),
                "поиск педагогов для приглашения на мероприятие");
    }

    /** The chosen people (named or speaking) by id, for the form; someone outside the territory is left out. */
    public Map<PersonId, Invitee> chosen(
            NastavnikPrincipal caller, OrganisationId organiser, Collection<PersonId> people) {
        access.checkOrganiser(caller, organiser);
        if (people.isEmpty()) {
            return Map.of();
        }
        List<StaffView> found = profiles.of(people).values().stream()
                .filter(v -> access.isWithin(v.organisationId(), organiser))
                .toList();
        return shown(found, "приглашённые на мероприятие").stream()
                .collect(Collectors.toMap(Invitee::id, i -> i, (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * The agenda with each speaker typed as the full name of exactly one person of the territory recorded as that
     * person (her certificate of a speaker follows); any other text stays text.
     */
    public EventDetails withSpeakers(NastavnikPrincipal caller, OrganisationId organiser, EventDetails details) {
        access.checkOrganiser(caller, organiser);
        List<OrganisationId> schools = schools(organiser);
        List<AgendaEntry> agenda = new ArrayList<>();
        for (AgendaEntry item : details.agenda()) {
            String written =
                    item.speakerText() == null ? "" : item.speakerText().strip().replaceAll("\\s+", " ");
            // namesakes are told apart by their school in brackets: «Иванова Мария Петровна (СОШ № 5)»
            java.util.regex.Matcher withSchool = WITH_SCHOOL.matcher(written);
            String typed = withSchool.matches() ? withSchool.group(1).strip() : written;
            // …and, in one school, by position or subject: «(СОШ № 5, учитель математики)»
            List<String> marks = withSchool.matches()
                    ? java.util.Arrays.stream(withSchool.group(2).split(","))
                            .map(m -> m.strip().toLowerCase(java.util.Locale.ROOT))
                            .filter(m -> !m.isEmpty())
                            .toList()
                    : List.of();
            List<StaffView> same = item.speaker() != null || typed.split(" ").length < 2
                    ? List.of()
                    : profiles.findByName(schools, typed, FOUND_AT_MOST).stream()
                            .filter(v -> v.data().fullName().equalsIgnoreCase(typed))
                            .filter(v -> marks.stream().allMatch(m -> describes(m, v)))
                            .toList();
            // the line keeps its text as written: the calendar's description and the form show it, and a namesake's
            // school and position in it link the same person again when the event is saved once more
            agenda.add(
                    same.size() == 1
                            ? new AgendaEntry(
                                    item.time(), item.topic(), same.get(0).id(), written, item.practice())
                            : item);
        }
        return details.withAgenda(agenda);
    }

    /**
     * A mark in brackets after a speaker's name says her school, position or subject in words of its own: each word
     * is found, in any case form, among the words of her school's name, positions or subjects — «учитель математики»
     * is a «учитель» of «математика», «СОШ № 5» her school. A number or a word of one or two letters is matched whole
     * («СОШ № 5» is not «СОШ № 15», «Школа А» not a school whose name has a word beginning with «а»).
     */
    private boolean describes(String mark, StaffView person) {
        List<String> known = words(java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(access.name(person.organisationId())),
                        java.util.stream.Stream.concat(
                                person.data().positions().stream(), person.data().subjects().stream()))
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.joining(" ")));
        List<String> marked = words(mark);
        return marked.stream().allMatch(w -> matches(w, known));
    }

    static boolean matches(String word, List<String> known) {
        if (word.length() <= 2 || word.chars().allMatch(Character::isDigit)) {
            return known.contains(word);
        }
        String stem = EventDocumentModel.stem(word);
        return known.stream().anyMatch(k -> k.startsWith(stem));
    }

    /** The words of a text, in lower case, «ё» read as «е»; signs and punctuation («№», «,») are not words. */
    static List<String> words(String text) {
        return java.util.Arrays.stream(text.toLowerCase(java.util.Locale.ROOT)
                        .replace('ё', 'е')
                        .split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    private List<OrganisationId> schools(OrganisationId organiser) {
        return access.invitableSchools(organiser).stream()
                .map(OrganisationSummary::id)
                .toList();
    }

    private List<Invitee> shown(List<StaffView> found, String why) {
        audit.people(
                found.stream().collect(Collectors.toMap(StaffView::id, StaffView::organisationId, (a, b) -> a)),
                AuditAction.READ,
                why);
        return found.stream()
                .map(v -> new Invitee(
                        v.id(),
                        v.data().fullName(),
                        access.name(v.organisationId()),
                        String.join(", ", v.data().positions())))
                .toList();
    }
}
