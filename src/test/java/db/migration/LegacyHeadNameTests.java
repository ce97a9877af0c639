package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegacyHeadNameTests {

    @ParameterizedTest(name = "{0} → {1} {2} {3} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            И. В. Кузнецову            | Кузнецов   | И.     | В.          | MALE
            И.В. Кузнецову             | Кузнецов   | И.     | В.          | MALE
            Т. В. Морозовой            | Морозова   | Т.     | В.          | FEMALE
            А. В. Директоровой         | Директорова| А.     | В.          | FEMALE
            Кузнецову И. В.            | Кузнецов   | И.     | В.          | MALE
            С. П. Покровскому          | Покровский | С.     | П.          | MALE
            С. Л. Римской-Корсаковой   | Римская-Корсакова | С. | Л.        | FEMALE
            О. Л. Ильиной              | Ильина     | О.     | Л.          | FEMALE
            И. В. Кузнецов             | Кузнецов   | И.     | В.          | MALE
            Кузнецову Игорю Васильевичу | Кузнецов  | Игорь  | Васильевич  | MALE
            Морозовой Марии Ильиничне  | Морозова   | Мария  | Ильинична   | FEMALE
            Морозовой Анне Петровне    | Морозова   | Анна   | Петровна    | FEMALE
            Андрею Петровичу Голубеву  | Голубев    | Андрей | Петрович    | MALE
            Ирина Николаевна Лебедева  | Лебедева   | Ирина  | Николаевна  | FEMALE
            """)
    void readsTheNamesTheOldFormAskedFor(String stored, String last, String first, String middle, String gender) {
        assertThat(LegacyHeadName.parse(stored)).hasValue(new LegacyHeadName.Parsed(last, first, middle, gender));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            И. В. Шевченко
            Директору школы
            Кузнецову
            Т. Цой
            И. И. Петрову Сидорову
            """)
    void leavesForTheCuratorWhatItCannotReadWithoutGuessing(String stored) {
        assertThat(LegacyHeadName.parse(stored)).isEmpty();
    }
}
