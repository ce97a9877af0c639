package ru.nastavnik.events.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.nastavnik.events.AgendaEntry;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.OrganisationId;

/**
 * Namesakes among the people one list or one document shows. A walk of the demo found two «Иванова Мария Петровна»
 * printed alike on an event's page, its announcement, its protocol and its list of participants — no one in particular
 * to a reader, though the organiser had told them apart in the agenda. Each namesake gets what tells her apart: her
 * school where the namesakes' schools differ, her position and subjects where one shares her school; anyone without a
 * namesake in that list is printed as before.
 */
final class Namesakes {

    /** A speaker typed with words in brackets after her name: «Иванова Мария Петровна (СОШ № 5, учитель математики)». */
    private static final Pattern WITH_MARKS = Pattern.compile("(.+?)\\s*\\((.+)\\)");

    private Namesakes() {}

    /**
     * What tells each person who shares her full name with another of {@code shown} apart from her, «СОШ № 5» or
     * «учитель (история)»; people without a namesake there, or with nothing known that differs, are not in it.
     */
    static Map<PersonId, String> apart(Collection<StaffView> shown, Function<OrganisationId, String> schoolName) {
        Map<String, Map<PersonId, StaffView>> byName = new LinkedHashMap<>();
        shown.forEach(v -> byName.computeIfAbsent(key(v.data().fullName()), k -> new LinkedHashMap<>())
                .putIfAbsent(v.id(), v));
        Map<PersonId, String> apart = new LinkedHashMap<>();
        for (Map<PersonId, StaffView> same : byName.values()) {
            if (same.size() < 2) {
                continue;
            }
            boolean schoolsDiffer = same.values().stream()
                            .map(StaffView::organisationId)
                            .distinct()
                            .count()
                    > 1;
            for (StaffView v : same.values()) {
                List<String> marks = new ArrayList<>();
                if (schoolsDiffer) {
                    marks.add(schoolName.apply(v.organisationId()));
                }
                boolean schoolShared = same.values().stream()
                                .filter(o -> o.organisationId().equals(v.organisationId()))
                                .count()
                        > 1;
                if (schoolShared && !v.data().occupation().isEmpty()) {
                    marks.add(v.data().occupation());
                }
                if (!marks.isEmpty()) {
                    apart.put(v.id(), String.join(", ", marks));
                }
            }
        }
        return apart;
    }

    /**
     * What tells each agenda line's speaker apart, "" for none. A line linked to a person who shares her full name with
     * another line's speaker — another person, or a text that names no one — keeps the words the organiser typed in
     * brackets after her name (they are what linked her, and the calendar prints them too); without them, her school
     * and position, as {@link #apart} works them out.
     */
    static List<String> agenda(
            List<AgendaEntry> agenda, Map<PersonId, StaffView> staff, Function<OrganisationId, String> schoolName) {
        List<StaffView> linked = agenda.stream()
                .map(AgendaEntry::speaker)
                .filter(s -> s != null && staff.containsKey(s))
                .map(staff::get)
                .toList();
        Map<PersonId, String> apart = apart(linked, schoolName);
        Map<String, Long> people = new LinkedHashMap<>();
        linked.stream()
                .map(StaffView::id)
                .distinct()
                .forEach(id -> people.merge(key(staff.get(id).data().fullName()), 1L, Long::sum));
        // a line naming no one may be a namesake's: «Иванова Мария Петровна» typed bare beside the one linked
        Set<String> unlinked = new HashSet<>();
        agenda.stream()
                .filter(a -> (a.speaker() == null || !staff.containsKey(a.speaker()))
                        && a.speakerText() != null
                        && !a.speakerText().isBlank())
                .forEach(a -> unlinked.add(key(nameOf(a.speakerText()))));
        List<String> told = new ArrayList<>();
        for (AgendaEntry item : agenda) {
            StaffView v = item.speaker() == null ? null : staff.get(item.speaker());
            String name = v == null ? null : key(v.data().fullName());
            if (v == null || (people.get(name) < 2 && !unlinked.contains(name))) {
                told.add("");
                continue;
            }
            Matcher typed = WITH_MARKS.matcher(
                    item.speakerText() == null ? "" : item.speakerText().strip());
            if (typed.matches() && key(typed.group(1)).equals(name)) {
                told.add(typed.group(2).strip());
            } else if (apart.containsKey(v.id())) {
                told.add(apart.get(v.id()));
            } else {
                // her namesake is only a text: what that one is is not known, so both her school and position
                told.add(String.join(
                        ", ",
                        java.util.stream.Stream.of(
                                        schoolName.apply(v.organisationId()),
                                        v.data().occupation())
                                .filter(m -> !m.isEmpty())
                                .toList()));
            }
        }
        return told;
    }

    /** The name a typed speaker gives, without the words in brackets after it. */
    private static String nameOf(String written) {
        Matcher typed = WITH_MARKS.matcher(written.strip());
        return typed.matches() ? typed.group(1) : written;
    }

    /** A full name as namesakes share it: in any letter case, spacing or «ё»/«е». */
    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
