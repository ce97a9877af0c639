package ru.nastavnik.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.core.io.ClassPathResource;

/**
 * The merged texts answer exactly as Spring's ResourceBundleMessageSource configured from application.yaml: every
 * key of every bundle, without arguments and with them, in the application's locale and in others.
 */
class MergedMessageSourceTests {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private final MessageSourceProperties properties = applicationProperties();
    private final MessageSource spring = MessagesConfiguration.loader(properties);
    private final MergedMessageSource merged = new MergedMessageSource(MessagesConfiguration.loader(properties));

    @Test
    void everyKeyOfEveryBundleReadsTheSameWithoutArguments() {
        List<String> keys = allKeys();
        assertThat(keys).hasSizeGreaterThan(2000);
        for (Locale locale : List.of(RU, Locale.ENGLISH, Locale.ROOT)) {
            for (String key : keys) {
                assertThat(merged.getMessage(key, null, locale))
                        .as(key + " in " + locale)
                        .isEqualTo(spring.getMessage(key, null, locale));
                assertThat(merged.getMessage(key, new Object[0], locale))
                        .as(key + " in " + locale)
                        .isEqualTo(spring.getMessage(key, new Object[0], locale));
            }
        }
    }

    @Test
    void everyKeyOfEveryBundleFormatsTheSameWithArguments() {
        Object[][] argumentSets = {
            {"О'Хара {0}", 3, 1234567.5, LocalDate.of(2026, 12, 4)},
            {12, 0, "«текст»", null},
            {}
        };
        for (String key : allKeys()) {
            for (Object[] arguments : argumentSets) {
                assertThat(outcome(merged, key, arguments)).as(key).isEqualTo(outcome(spring, key, arguments));
            }
        }
    }

    @Test
    void aKeyFoundInNoBundleIsRefusedOrDefaultedAlike() {
        assertThatThrownBy(() -> merged.getMessage("no.such.key", null, RU)).isInstanceOf(NoSuchMessageException.class);
        assertThatThrownBy(() -> spring.getMessage("no.such.key", null, RU)).isInstanceOf(NoSuchMessageException.class);
        assertThat(merged.getMessage("no.such.key", new Object[] {1}, "по умолчанию {0}", RU))
                .isEqualTo(spring.getMessage("no.such.key", new Object[] {1}, "по умолчанию {0}", RU))
                .isEqualTo("по умолчанию 1");
    }

    @Test
    void argumentsAreFormattedLikeMessageFormat() {
        assertThat(merged.getMessage("common.page", new Object[] {2, 7}, RU)).isEqualTo("Страница 2 из 7");
        assertThat(merged.getMessage("home.pair.programme.IN_PROGRESS", new Object[] {40, 0}, RU))
                .isEqualTo("программа выполнена на 40 %");
        assertThat(merged.getMessage("home.pair.programme.IN_PROGRESS", new Object[] {40, 2}, RU))
                .isEqualTo("программа выполнена на 40 %, просрочено мероприятий: 2");
        // no arguments: the text as written, placeholders and all (alwaysUseMessageFormat is off)
        assertThat(merged.getMessage("common.page", null, RU)).isEqualTo("Страница {0} из {1}");
    }

    @Test
    void theMergedMapHoldsEveryDistinctKeyOnce() {
        assertThat(merged.size(RU)).isEqualTo(allKeys().size());
    }

    private static String outcome(MessageSource source, String key, Object[] arguments) {
        try {
            return "= " + source.getMessage(key, arguments, RU);
        } catch (RuntimeException e) {
            return "! " + e.getClass().getName();
        }
    }

    private List<String> allKeys() {
        MergedMessageSource.BundleLoader loader = MessagesConfiguration.loader(properties);
        TreeSet<String> keys = new TreeSet<>();
        for (String basename : loader.getBasenameSet()) {
            ResourceBundle bundle = loader.bundle(basename, RU);
            assertThat(bundle).as(basename).isNotNull();
            keys.addAll(Collections.list(bundle.getKeys()));
        }
        return new ArrayList<>(keys);
    }

    private static MessageSourceProperties applicationProperties() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yaml"));
        Properties read = yaml.getObject();
        return new Binder(new MapConfigurationPropertySource(read))
                .bind("spring.messages", MessageSourceProperties.class)
                .get();
    }
}
