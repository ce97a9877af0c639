package ru.nastavnik.documents.internal.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TemplateMessagesTests {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Test
    void everyKeyHasARussianMessageAndEveryTemplateMessageAKey() throws IOException {
        Properties messages = messages();

        for (String key : keys()) {
            assertThat(messages.getProperty(key)).as(key).isNotBlank().containsPattern("[а-яА-Я]");
        }
        assertThat(messages.stringPropertyNames().stream().filter(k -> k.startsWith("document.template.")))
                .containsExactlyInAnyOrderElementsOf(keys());
    }

    @Test
    void messagesPrintThePlaceholderAndTheBracesOfTheirExamples() throws IOException {
        Properties messages = messages();

        assertThat(format(messages, MessageKeys.UNKNOWN_PLACEHOLDER, "{{person.fulName}}"))
                .contains("поле {{person.fulName}}, но");
        assertThat(format(messages, MessageKeys.UNCLOSED_PLACEHOLDER, "Я, {{person"))
                .contains("«Я, {{person»", "например {{person.fullName}}.");
        assertThat(format(messages, MessageKeys.MISMATCHED_CLOSE, "{{#if a}}", "{{/each}}"))
                .contains("Метка {{#if a}} закрыта не той меткой: {{/each}}.", "закрывает {{/each}}");
        assertThat(format(messages, MessageKeys.TOO_LARGE, 10L)).contains("не больше 10 МБ");
        for (String key : keys()) {
            Object[] args = key.equals(MessageKeys.TOO_LARGE) ? new Object[] {10L} : new Object[] {"{{x}}", "{{y}}"};
            assertThat(format(messages, key, args)).as(key).doesNotContain("'");
        }
    }

    private static String format(Properties messages, String key, Object... args) {
        return new MessageFormat(messages.getProperty(key), RUSSIAN).format(args);
    }

    private static Properties messages() throws IOException {
        Properties messages = new Properties();
        try (Reader in = new InputStreamReader(
                TemplateMessagesTests.class.getResourceAsStream("/i18n/documents.properties"),
                StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        return messages;
    }

    private static List<String> keys() {
        return Arrays.stream(MessageKeys.class.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(TemplateMessagesTests::value)
                .toList();
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
