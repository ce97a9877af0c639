package ru.nastavnik.shared;

import java.text.MessageFormat;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The application's message source: the same bundles and settings as Spring Boot's, but a message with arguments is
 * formatted with its own {@link MessageFormat}. Spring caches one {@code MessageFormat} per key and locale and formats
 * under its monitor, so every request thread rendering the same {@code #{key(…)}} queued behind the others (the
 * roadmap at 50 connections: 66 blocked entries of ≥ 10 ms in 12 s, docs/perf-load.md). The pattern itself stays
 * cached by the resource bundle; parsing it again costs a microsecond, the queue cost milliseconds.
 */
class UnlockedMessageSource extends ResourceBundleMessageSource {

    @Override
    protected MessageFormat resolveCode(String code, Locale locale) {
        String pattern = resolveCodeWithoutArguments(code, locale);
        return pattern == null ? null : createMessageFormat(pattern, locale);
    }
}
