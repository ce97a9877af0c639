package ru.nastavnik.events.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.LocalTime;
import java.util.UUID;
import ru.nastavnik.events.AgendaEntry;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.PersonIdConverter;

@Embeddable
class AgendaItem {

    @Column(name = "starts_at")
    private LocalTime time;

    private String topic;

    @Column(name = "speaker_person_id")
    @Convert(converter = PersonIdConverter.class)
    private PersonId speaker;

    @Column(name = "speaker_text")
    private String speakerText;

    @Column(name = "practice_id")
    private UUID practice;

    protected AgendaItem() {}

    AgendaItem(AgendaEntry entry) {
        this.time = entry.time();
        this.topic = entry.topic().strip();
        this.speaker = entry.speaker();
        this.speakerText = entry.speakerText() == null || entry.speakerText().isBlank()
                ? null
                : entry.speakerText().strip();
        this.practice = entry.practice() == null ? null : entry.practice().value();
    }

    AgendaEntry entry() {
        return new AgendaEntry(
                time,
                topic,
                speaker,
                speakerText,
                practice == null ? null : new ru.nastavnik.practices.PracticeId(practice));
    }
}
