package ru.nastavnik.events.web;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import ru.nastavnik.events.AgendaEntry;
import ru.nastavnik.events.EventKind;
import ru.nastavnik.events.EventView;
import ru.nastavnik.events.internal.EventDetails;
import ru.nastavnik.shared.Ids;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;

/**
 * The event's form. {@code kind} is a standard kind's name or {@code custom:<id>}; invited are the mentors of the
 * chosen schools (or of all, {@code allSchools}) and the people chosen by name; the agenda is typed one line a point,
 * «время | тема | докладчик» — a speaker's full name makes her the person speaking.
 */
class EventForm {

    static final String CUSTOM = "custom:";

    private String kind = EventKind.SEMINAR.name();
    private String title;
    private String description;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime startsAt;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime endsAt;

    private String place;
    private String onlineLink;
    private Integer capacity;
    private List<String> schools = new ArrayList<>();
    private boolean allSchools;
    private String audience = ru.nastavnik.events.EventAudience.MENTORS.name();
    private List<String> people = new ArrayList<>();
    private String agenda;
    /** The practice each agenda line presents (by line, blank for none): kept through an edit of the agenda's text. */
    private List<String> agendaPractices = new ArrayList<>();

    private Long version;

    static EventForm of(EventView e) {
        return of(e, java.util.Map.of());
    }

    /** The event as its form shows it; a person speaker is written by her full name ({@code names}). */
    static EventForm of(EventView e, java.util.Map<ru.nastavnik.people.PersonId, String> names) {
        EventForm form = new EventForm();
        form.kind = e.kind() == EventKind.OTHER
                ? CUSTOM + e.customKindId()
                : e.kind().name();
        form.title = e.title();
        form.description = e.description();
        form.startsAt = LocalDateTime.ofInstant(e.startsAt(), e.zone());
        form.endsAt = LocalDateTime.ofInstant(e.endsAt(), e.zone());
        form.place = e.place();
        form.onlineLink = e.onlineLink();
        form.capacity = e.capacity();
        form.schools = new ArrayList<>(
                e.schools().stream().map(OrganisationId::toString).toList());
        form.audience = e.audience().name();
        form.people = new ArrayList<>(
                e.people().stream().map(p -> p.value().toString()).toList());
        form.agenda = String.join(
                "\n",
                e.agenda().stream()
                        .map(a -> (a.time() == null ? "" : a.time().toString()) + " | "
                                + a.topic() + " | "
                                // as written (a namesake's school and position in brackets link her again)
                                + (a.speakerText() != null
                                        ? a.speakerText()
                                        : a.speaker() != null && names.containsKey(a.speaker())
                                                ? names.get(a.speaker())
                                                : ""))
                        .toList());
        form.agendaPractices = new ArrayList<>(e.agenda().stream()
                .map(a -> a.practice() == null ? "" : a.practice().toString())
                .toList());
        form.version = e.version();
        return form;
    }

    /** What was typed; {@code everySchool}: the schools of the territory, when all its mentors are invited. */
    EventDetails details(List<OrganisationId> everySchool) {
        EventKind chosen = null;
        UUID custom = null;
        if (kind != null && kind.startsWith(CUSTOM)) {
            chosen = EventKind.OTHER;
            custom = Ids.parse(kind.substring(CUSTOM.length()));
        } else if (kind != null && !kind.isBlank()) {
            chosen = java.util.Arrays.stream(EventKind.values())
                    .filter(k -> k.name().equals(kind))
                    .findFirst()
                    .orElse(null);
        }
        return new EventDetails(
                chosen,
                custom,
                title,
                description,
                startsAt,
                endsAt,
                place,
                onlineLink,
                capacity,
                allSchools
                        ? everySchool
                        : schools.stream().map(OrganisationId::of).toList(),
                people.stream().map(ru.nastavnik.people.PersonId::of).toList(),
                agenda(),
                java.util.Arrays.stream(ru.nastavnik.events.EventAudience.values())
                        .filter(a -> a.name().equals(audience))
                        .findFirst()
                        .orElse(null));
    }

    private List<AgendaEntry> agenda() {
        List<AgendaEntry> entries = new ArrayList<>();
        if (agenda == null) {
            return entries;
        }
        String[] lines = agenda.split("\\R");
        int line = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String presented = line < agendaPractices.size() ? agendaPractices.get(line) : "";
            line++;
            String[] parts = lines[i].split("\\|", -1);
            try {
                LocalTime time = parts.length > 1 && !parts[0].isBlank()
                        ? LocalTime.parse(parts[0].strip().replace('.', ':'))
                        : null;
                String topic = parts.length > 1 ? parts[1] : parts[0];
                String speaker = parts.length > 2 ? parts[2] : null;
                entries.add(new AgendaEntry(
                        time,
                        topic,
                        null,
                        speaker,
                        presented == null || presented.isBlank()
                                ? null
                                : ru.nastavnik.practices.PracticeId.of(presented)));
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of("agenda", "event.agenda.line.invalid", i + 1);
            }
        }
        return entries;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public List<String> getSchools() {
        return schools;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    /**
     * The audience «all schools» names on the form: the chosen one, or the mentors when what was sent is none (as the
     * radio buttons then show no choice, the label still reads as the default's).
     */
    public String audienceShown() {
        return java.util.Arrays.stream(ru.nastavnik.events.EventAudience.values())
                .map(Enum::name)
                .filter(a -> a.equals(audience))
                .findFirst()
                .orElse(ru.nastavnik.events.EventAudience.MENTORS.name());
    }

    public void setSchools(List<String> schools) {
        this.schools = schools == null ? new ArrayList<>() : schools;
    }

    public boolean isAllSchools() {
        return allSchools;
    }

    public void setAllSchools(boolean allSchools) {
        this.allSchools = allSchools;
    }

    public List<String> getPeople() {
        return people;
    }

    public void setPeople(List<String> people) {
        this.people = people == null ? new ArrayList<>() : people;
    }

    public String getAgenda() {
        return agenda;
    }

    public List<String> getAgendaPractices() {
        return agendaPractices;
    }

    public void setAgendaPractices(List<String> agendaPractices) {
        this.agendaPractices = agendaPractices == null ? new ArrayList<>() : agendaPractices;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
