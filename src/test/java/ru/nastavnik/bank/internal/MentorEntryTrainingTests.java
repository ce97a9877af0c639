package ru.nastavnik.bank.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.nastavnik.bank.MentorRequest;
import ru.nastavnik.bank.TrainingStatus;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

class MentorEntryTrainingTests {

    private static final LocalDate ENTERED = LocalDate.of(2026, 9, 1);

    private static MentorEntry entry() {
        return new MentorEntry(new OrganisationId(UUID.randomUUID()), new PersonId(UUID.randomUUID()), ENTERED);
    }

    /** Her profile as the form sends it, with this training. */
    private static MentorRequest profile(TrainingStatus training) {
        return new MentorRequest(
                UUID.randomUUID().toString(), List.of("parents"), null, 1, List.of(), null, training, false);
    }

    private static LocalDate trainedOn(MentorEntry e) {
        return e.view(null, 0).trainedOn();
    }

    @Test
    void trainedSheKeepsTheFirstDayAndLosesItWhenNoLongerTrained() {
        MentorEntry e = entry();
        e.train(TrainingStatus.IN_TRAINING, LocalDate.of(2026, 10, 1));
        assertThat(trainedOn(e)).isNull();
        e.train(TrainingStatus.TRAINED, LocalDate.of(2026, 11, 5));
        e.train(TrainingStatus.TRAINED, LocalDate.of(2026, 11, 20));
        assertThat(trainedOn(e)).isEqualTo(LocalDate.of(2026, 11, 5));
        e.train(TrainingStatus.NOT_TRAINED, LocalDate.of(2026, 11, 21));
        assertThat(trainedOn(e)).isNull();
    }

    @Test
    void aProfileEditThatMarksHerTrainedDatesItTodayAndSaysSheBecameTrainedOnce() {
        MentorEntry e = entry();
        MentorRequest trained = profile(TrainingStatus.TRAINED);
        assertThat(e.update(trained, 1, 3, false, LocalDate.of(2026, 11, 25))).isTrue();
        assertThat(trainedOn(e)).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(e.update(trained, 1, 3, false, LocalDate.of(2026, 12, 1))).isFalse();
        assertThat(e.train(TrainingStatus.TRAINED, LocalDate.of(2026, 12, 2))).isFalse();
        assertThat(trainedOn(e)).isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @Test
    void aProfileEditThatTakesTheTrainingAwayClearsTheDay() {
        MentorEntry e = entry();
        e.train(TrainingStatus.TRAINED, LocalDate.of(2026, 11, 5));
        e.update(profile(TrainingStatus.TRAINED), 1, 3, false, LocalDate.of(2026, 11, 25));
        assertThat(trainedOn(e)).isEqualTo(LocalDate.of(2026, 11, 5));
        e.update(profile(TrainingStatus.IN_TRAINING), 1, 3, false, LocalDate.of(2026, 11, 25));
        assertThat(trainedOn(e)).isNull();
    }
}
