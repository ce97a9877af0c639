package ru.nastavnik.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.context.NoSuchMessageException;

class UnlockedMessageSourceTests {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private static UnlockedMessageSource messages() {
        MessageSourceProperties properties = new MessageSourceProperties();
        properties.setBasename(List.of("messages", "i18n/forms"));
        properties.setEncoding(StandardCharsets.UTF_8);
        properties.setFallbackToSystemLocale(false);
        return MessageSourceConfiguration.configured(new UnlockedMessageSource(), properties);
    }

    @Test
    void formatsTheSameKeyWithDifferentArgumentsFromManyThreadsAtOnce() throws Exception {
        UnlockedMessageSource messages = messages();
        int threads = 16;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> wrong = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Callable<Integer> task = () -> {
                    start.await();
                    int mistakes = 0;
                    for (int i = 0; i < 2_000; i++) {
                        int page = i % 1_000;
                        String text = messages.getMessage("common.page", new Object[] {page, thread}, RU);
                        if (!text.equals("Страница " + page + " из " + thread)) {
                            mistakes++;
                        }
                        int overdue = i % 3;
                        String progress = messages.getMessage(
                                "home.pair.programme.IN_PROGRESS", new Object[] {thread, overdue}, RU);
                        String expected = "программа выполнена на " + thread + " %"
                                + (overdue == 0 ? "" : ", просрочено мероприятий: " + overdue);
                        if (!progress.equals(expected)) {
                            mistakes++;
                        }
                    }
                    return mistakes;
                };
                wrong.add(pool.submit(task));
            }
            start.countDown();
            for (Future<Integer> mistakes : wrong) {
                assertThat(mistakes.get()).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keepsTheTextsAndSettingsOfSpringBootsMessageSource() {
        UnlockedMessageSource messages = messages();

        assertThat(messages.getBasenameSet()).containsExactly("messages", "i18n/forms");
        assertThat(messages.getMessage("common.page", new Object[] {2, 7}, RU)).isEqualTo("Страница 2 из 7");
        assertThat(messages.getMessage("text.unsafe.field", new Object[] {"ФИО", "лишний символ"}, RU))
                .isEqualTo("Поле «ФИО»: лишний символ");
        assertThatThrownBy(() -> messages.getMessage("no.such.key", new Object[] {1}, RU))
                .isInstanceOf(NoSuchMessageException.class);
    }
}
