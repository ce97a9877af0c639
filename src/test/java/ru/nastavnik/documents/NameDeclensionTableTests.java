package ru.nastavnik.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import ru.nastavnik.shared.Gender;

/** The table of real names in every case is the specification of declension; each row was checked by grammar. */
class NameDeclensionTableTests {

    @ParameterizedTest(name = "{0} {1} {2} ({3}), {4} → {5}")
    @CsvFileSource(resources = "/documents/declension-cases.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void declinesTheFullName(
            String lastName,
            String firstName,
            String middleName,
            Gender gender,
            GrammaticalCase grammaticalCase,
            String expected) {
        PersonName name = PersonName.of(lastName, firstName, middleName, gender);

        assertThat(NameDeclension.fullName(name, grammaticalCase)).isEqualTo(expected);
    }
}
