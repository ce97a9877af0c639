package ru.nastavnik.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Real position titles of school staff and real full names of organisations in all six cases: each row, checked by
 * grammar, is the specification of the rules.
 */
class PhraseDeclensionTableTests {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/documents/position-cases.csv", numLinesToSkip = 1, delimiter = '|', encoding = "UTF-8")
    void declinesThePosition(
            String nominative,
            String genitive,
            String dative,
            String accusative,
            String instrumental,
            String prepositional) {
        SoftAssertions softly = new SoftAssertions();
        List<String> expected = List.of(nominative, genitive, dative, accusative, instrumental, prepositional);
        for (GrammaticalCase grammaticalCase : GrammaticalCase.values()) {
            softly.assertThat(PhraseDeclension.position(nominative, grammaticalCase, Map.of()))
                    .as(grammaticalCase.name())
                    .isEqualTo(expected.get(grammaticalCase.ordinal()));
        }
        softly.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(
            resources = "/documents/organisation-cases.csv",
            numLinesToSkip = 1,
            delimiter = '|',
            encoding = "UTF-8")
    void declinesTheOrganisationsFullNameButNotItsProperName(
            String nominative,
            String genitive,
            String dative,
            String accusative,
            String instrumental,
            String prepositional) {
        SoftAssertions softly = new SoftAssertions();
        List<String> expected = List.of(nominative, genitive, dative, accusative, instrumental, prepositional);
        for (GrammaticalCase grammaticalCase : GrammaticalCase.values()) {
            softly.assertThat(PhraseDeclension.organisation(nominative, grammaticalCase, Map.of()))
                    .as(grammaticalCase.name())
                    .isEqualTo(expected.get(grammaticalCase.ordinal()));
        }
        softly.assertAll();
    }

    @Test
    void anOrganisationsOwnFormsWinOverTheRuleForTheWholePhraseOrItsBeginning() {
        Map<String, List<String>> overrides = Map.of(
                "шеф-повар",
                List.of("шеф-повар", "шеф-повара", "шеф-повару", "шеф-повара", "шеф-поваром", "шеф-поваре"));

        assertThat(PhraseDeclension.position("шеф-повар", GrammaticalCase.DATIVE, Map.of()))
                .isEqualTo("шефу-повару");
        assertThat(PhraseDeclension.position("шеф-повар", GrammaticalCase.DATIVE, overrides))
                .isEqualTo("шеф-повару");
        assertThat(PhraseDeclension.position("Шеф-повар  школьной столовой", GrammaticalCase.INSTRUMENTAL, overrides))
                .isEqualTo("шеф-поваром школьной столовой");
        assertThat(PhraseDeclension.position("шеф-поварёнок", GrammaticalCase.DATIVE, overrides))
                .isNotEqualTo("шеф-повару");
    }
}
