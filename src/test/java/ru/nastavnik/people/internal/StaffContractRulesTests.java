package ru.nastavnik.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.nastavnik.Fixtures;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.shared.InvalidInputException.Problem;

/** The employment contract a supplementary agreement on mentoring names: what the record accepts of it. */
class StaffContractRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void aContractOfARealDateWithAShortNumberIsAccepted() {
        assertThat(StaffRules.check(withContract("15", LocalDate.of(2019, 9, 1)), TODAY))
                .isEmpty();
        assertThat(StaffRules.check(withContract("ТД-15/2019", TODAY), TODAY)).isEmpty();
        assertThat(StaffRules.check(withContract(null, null), TODAY)).isEmpty();
    }

    @Test
    void aNumberLongerThanFiftyCharactersIsRefusedNamingTheField() {
        List<Problem> problems = StaffRules.check(withContract("1".repeat(51), null), TODAY);
        assertThat(problems).extracting(Problem::field).containsExactly("employmentContractNumber");
        assertThat(problems.get(0).messageKey()).isEqualTo("staff.employmentContractNumber.tooLong");
        assertThat(problems.get(0).args()).containsExactly(50);
        assertThat(StaffRules.check(withContract("1".repeat(50), null), TODAY)).isEmpty();
    }

    @Test
    void aContractDatedTomorrowIsRefused() {
        List<Problem> problems = StaffRules.check(withContract("15", TODAY.plusDays(1)), TODAY);
        assertThat(problems)
                .extracting(Problem::field, Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "employmentContractDate", "staff.employmentContractDate.future"));
    }

    @Test
    void aContractDatedBefore1950IsRefusedAsATypo() {
        assertThat(StaffRules.check(withContract("15", LocalDate.of(1019, 9, 1)), TODAY))
                .extracting(Problem::messageKey)
                .containsExactly("staff.employmentContractDate.tooEarly");
        assertThat(StaffRules.check(withContract("15", LocalDate.of(1950, 1, 1)), TODAY))
                .isEmpty();
    }

    @Test
    void theNumberSignAndSpacesTypedWithTheNumberAreNotPartOfIt() {
        assertThat(withContract("  № 15 ", null).employmentContractNumber()).isEqualTo("15");
        assertThat(withContract("№15-тд", null).employmentContractNumber()).isEqualTo("15-тд");
        assertThat(withContract("№", null).employmentContractNumber()).isNull();
        assertThat(withContract("   ", null).employmentContractNumber()).isNull();
    }

    @Test
    void anUpdateWithoutAContractKeepsTheOneOnRecord() {
        StaffData onRecord = withContract("15", LocalDate.of(2019, 9, 1));
        StaffData update = Fixtures.teacher("Иванова", "Мария", "Петровна");
        assertThat(onRecord.overlay(update).employmentContractNumber()).isEqualTo("15");
        assertThat(onRecord.overlay(update).employmentContractDate()).isEqualTo(LocalDate.of(2019, 9, 1));
        assertThat(onRecord.overlay(withContract("16", null)).employmentContractNumber())
                .isEqualTo("16");
    }

    @Test
    void theOldFifteenFactConstructorLeavesTheContractUnknown() {
        StaffData data = Fixtures.teacher("Иванова", "Мария", "Петровна");
        assertThat(data.employmentContractNumber()).isNull();
        assertThat(data.employmentContractDate()).isNull();
    }

    private static StaffData withContract(String number, LocalDate date) {
        StaffData d = Fixtures.teacher("Иванова", "Мария", "Петровна");
        return new StaffData(
                d.lastName(),
                d.firstName(),
                d.middleName(),
                d.gender(),
                d.birthDate(),
                d.personnelNumber(),
                d.positions(),
                d.subjects(),
                d.totalExperienceYears(),
                d.teachingExperienceYears(),
                d.qualificationCategory(),
                d.education(),
                d.hiredOn(),
                d.email(),
                d.phone(),
                number,
                date);
    }
}
