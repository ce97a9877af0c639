package ru.nastavnik.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.StaleVersionException;
import ru.nastavnik.shared.VersionRequiredException;
import ru.nastavnik.training.MaterialAudience;
import ru.nastavnik.training.MaterialFileView;
import ru.nastavnik.training.MaterialKind;
import ru.nastavnik.training.MaterialTopic;

class MaterialTests {

    private static final OrganisationId SCHOOL = new OrganisationId(UUID.randomUUID());
    private static final List<MaterialTopic> TOPICS = List.of(new MaterialTopic("parents", "Работа с родителями"));

    private static MaterialDraft draft(String title, String url, List<MaterialAudience> audiences) {
        return new MaterialDraft(title, "Описание", url, List.of("parents"), audiences);
    }

    private static Material material(MaterialKind kind, String url) {
        return new Material(
                SCHOOL,
                kind,
                draft("Памятка", url, List.of(MaterialAudience.MENTORS)),
                TOPICS,
                "Куратор",
                UUID.randomUUID(),
                LocalDate.of(2026, 9, 1));
    }

    @Test
    void anEmptyTitleIsRefusedNamingTheField() {
        assertThatThrownBy(
                        () -> Material.check(MaterialKind.FILE, draft("  ", null, List.of(MaterialAudience.MENTORS))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems().get(0).field()).isEqualTo("title");
                    assertThat(e.problems().get(0).messageKey()).isEqualTo("training.material.title.required");
                });
    }

    @Test
    void aLinkMustBeAnHttpOrHttpsAddress() {
        for (String bad :
                new String[] {null, "", "javascript:alert(1)", "ftp://files.example/a", "www.example.ru", "http://"}) {
            assertThatThrownBy(() ->
                            Material.check(MaterialKind.LINK, draft("Ссылка", bad, List.of(MaterialAudience.MENTORS))))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems().get(0).field()).isEqualTo("url"));
        }
        Material.check(
                MaterialKind.LINK,
                draft("Ссылка", "https://edu.example.ru/doc?id=1", List.of(MaterialAudience.MENTORS)));
        assertThat(material(MaterialKind.LINK, "http://edu.example.ru").view().url())
                .isEqualTo("http://edu.example.ru");
    }

    @Test
    void aMaterialIsAFileOrALink() {
        assertThatThrownBy(() -> Material.check(null, draft("Памятка", null, List.of(MaterialAudience.MENTORS))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("kind"));
    }

    @Test
    void aMaterialIsForSomebody() {
        assertThatThrownBy(() -> Material.check(MaterialKind.FILE, draft("Памятка", null, List.of())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("audiences"));
    }

    @Test
    void replacingTheFileKeepsEveryVersionNewestFirst() {
        Material material = material(MaterialKind.FILE, null);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        material.addFile(first, "памятка.pdf", Instant.parse("2026-09-01T10:00:00Z"), "Куратор");
        material.addFile(second, "памятка-2.pdf", Instant.parse("2026-09-02T10:00:00Z"), "Куратор");

        assertThat(material.view().files()).extracting(MaterialFileView::number).containsExactly(2, 1);
        assertThat(material.view().currentFile().originalName()).isEqualTo("памятка-2.pdf");
        assertThat(material.file(1)).isEqualTo(first);
        assertThat(material.file(3)).isNull();
    }

    @Test
    void aLinkHasNoFileAndAFileMaterialNoLink() {
        assertThatThrownBy(() -> material(MaterialKind.LINK, "https://example.ru")
                        .addFile(UUID.randomUUID(), "a.pdf", Instant.now(), "Куратор"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(material(MaterialKind.FILE, "https://example.ru").view().url())
                .isNull();
    }

    @Test
    void anEditNeedsTheVersionItWasMadeOn() {
        Material material = material(MaterialKind.FILE, null);
        assertThatThrownBy(() -> material.edit(draft("Новое", null, List.of(MaterialAudience.MENTEES)), TOPICS, null))
                .isInstanceOf(VersionRequiredException.class);
        assertThatThrownBy(() -> material.edit(draft("Новое", null, List.of(MaterialAudience.MENTEES)), TOPICS, 5L))
                .isInstanceOf(StaleVersionException.class);
    }
}
