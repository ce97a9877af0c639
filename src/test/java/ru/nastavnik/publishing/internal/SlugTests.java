package ru.nastavnik.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import ru.nastavnik.shared.InvalidInputException;

class SlugTests {

    @Test
    void aReadableLatinSlugIsKeptInLowerCase() {
        assertThat(new Slug(" School-12-Tomsk ").value()).isEqualTo("school-12-tomsk");
        assertThat(new Slug("abc").value()).isEqualTo("abc");
    }

    @Test
    void cyrillicSpacesAndStrayHyphensAreRefused() {
        assertRefused("школа-12", "publishing.slug.form");
        assertRefused("school 12", "publishing.slug.form");
        assertRefused("-school", "publishing.slug.form");
        assertRefused("school-", "publishing.slug.form");
        assertRefused("school--12", "publishing.slug.form");
        assertRefused("school_12", "publishing.slug.form");
    }

    @Test
    void lengthAndReservedWordsAreChecked() {
        assertRefused("", "publishing.slug.required");
        assertRefused(null, "publishing.slug.required");
        assertRefused("ab", "publishing.slug.length");
        assertRefused("a".repeat(41), "publishing.slug.length");
        assertThat(new Slug("a".repeat(40)).value()).hasSize(40);
        assertRefused("admin", "publishing.slug.reserved");
        assertRefused("API", "publishing.slug.reserved");
    }

    private static void assertRefused(String slug, String key) {
        assertThatThrownBy(() -> new Slug(slug))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo(key));
    }
}
