package ru.nastavnik.people.internal.tabular;

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

class MessagesTests {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Test
    void everyKeyHasARussianMessage() throws IOException {
        Properties messages = messages();

        for (String key : keys()) {
            assertThat(messages.getProperty(key)).as(key).isNotBlank().containsPattern("[а-яА-Я]");
        }
        assertThat(messages.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(keys());
    }

    @Test
    void messagesFormatTheirArguments() throws IOException {
        Properties messages = messages();

        assertThat(format(messages, MessageKeys.TOO_LARGE, 10.0)).contains("не больше 10 МБ");
        assertThat(format(messages, MessageKeys.TOO_LARGE, 0.5)).contains("не больше 0,5 МБ");
        assertThat(format(messages, MessageKeys.ENCODING, 12345)).contains("в строке 12345:");
        assertThat(format(messages, MessageKeys.UNCLOSED_QUOTE, 7)).contains("В строке 7 ");
        assertThat(format(messages, MessageKeys.EXTENSION, "docx")).contains("«.docx»");
        assertThat(format(messages, MessageKeys.NAME_MISMATCH, "xlsx")).contains("«.xlsx»");
    }

    private static String format(Properties messages, String key, Object... args) {
        return new MessageFormat(messages.getProperty(key), RUSSIAN).format(args);
    }

    private static Properties messages() throws IOException {
        Properties messages = new Properties();
        try (Reader in = new InputStreamReader(
                MessagesTests.class.getResourceAsStream("/i18n/tabular.properties"), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        return messages;
    }

    private static List<String> keys() {
        return Arrays.stream(MessageKeys.class.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(MessagesTests::value)
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
