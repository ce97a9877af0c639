package ru.nastavnik.bank;

import java.util.Locale;

/**
 * A search of a bank: by need/competence code, by subject, by mentee category or training status, by free
 * capacity, by name; left entries only when asked for.
 */
public record BankFilter(
        String topic,
        String subject,
        MenteeCategory category,
        TrainingStatus training,
        Integer minCapacity,
        String text,
        boolean includeLeft) {

    public static BankFilter all() {
        return new BankFilter(null, null, null, null, null, null, false);
    }

    public boolean matches(MenteeView m) {
        return matchesEntry(m) && text(m.fullName());
    }

    public boolean matches(MentorView m) {
        return matchesEntry(m)
                && matchesPerson(m.profile().fullName(), m.profile().subjects());
    }

    /** The conditions on the mentor's staff record: a part of a subject, a part of the name. */
    public boolean matchesPerson(String fullName, java.util.List<String> subjects) {
        return (subject == null
                        || subject.isBlank()
                        || subjects.stream()
                                .anyMatch(s -> s.toLowerCase(Locale.ROOT)
                                        .contains(subject.strip().toLowerCase(Locale.ROOT))))
                && text(fullName);
    }

    /** The conditions on the bank entry itself, checked before any staff record is read. */
    public boolean matchesEntry(MenteeView m) {
        return (topic == null || topic.isBlank() || m.needs().contains(topic))
                && (category == null || m.category() == category);
    }

    public boolean matchesEntry(MentorView m) {
        return (topic == null || topic.isBlank() || m.competences().contains(topic))
                && (training == null || m.trainingStatus() == training)
                && (minCapacity == null || m.freePlaces() >= minCapacity);
    }

    /** The entry's own conditions, as SQL takes them: blank means any. */
    public String topicOrNull() {
        return topic == null || topic.isBlank() ? null : topic;
    }

    /** A search by name or subject needs the staff records of every entry. */
    public boolean byPerson() {
        return (text != null && !text.isBlank()) || (subject != null && !subject.isBlank());
    }

    private boolean text(String name) {
        return text == null
                || text.isBlank()
                || name.toLowerCase(Locale.ROOT).contains(text.strip().toLowerCase(Locale.ROOT));
    }
}
