package ru.nastavnik.publishing.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.nastavnik.shared.InvalidInputException;

/** Telegram's 50 MB for a bot's file and VK's 200 MB: one byte over is refused, naming the size and the limit. */
class DocumentSizeLimitTests {

    @Test
    void aFileOverTelegramsFiftyMegabytesIsRefusedAndOneOfExactlyFiftyIsNot() {
        assertThat(TelegramDocuments.LIMIT).isEqualTo(52_428_800L);
        assertThatCode(() -> DocumentPosts.fits(52_428_800L, "Telegram-канал", TelegramDocuments.LIMIT))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> DocumentPosts.fits(55_000_000L, "Telegram-канал", TelegramDocuments.LIMIT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems().get(0).messageKey()).isEqualTo("publishingDocuments.send.tooLarge");
                    // 55,000,000 / 1,048,576 = 52.45 MB
                    assertThat(e.problems().get(0).args()).isEqualTo(List.of("52.5", "Telegram-канал", 50L));
                });
    }

    @Test
    void vkTakesUpToTwoHundredMegabytes() {
        assertThatCode(() -> DocumentPosts.fits(55_000_000L, "Сообщество ВКонтакте", VkDocuments.LIMIT))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> DocumentPosts.fits(209_715_201L, "Сообщество ВКонтакте", VkDocuments.LIMIT))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).args())
                                .isEqualTo(List.of("200.0", "Сообщество ВКонтакте", 200L)));
    }
}
