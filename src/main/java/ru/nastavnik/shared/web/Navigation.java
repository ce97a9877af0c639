package ru.nastavnik.shared.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.i18n.LocaleContextHolder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The layout's navigation, rendered once for each set of roles and kept ({@code fragments/navigation.html}). Its
 * thirty links, each a condition on the user's roles, a link and a message, were evaluated again on every page
 * view. What it shows depends only on those roles, the locale and the application's path, which no node changes
 * while it runs, so every node keeps the same few entries; at most {@link #LIMIT} (locales come from the browser),
 * past which a menu is rendered for its request and not kept. The layout reads it as the model's {@code navigation}
 * ({@link CurrentUserAdvice}).
 */
final class Navigation {

    static final int LIMIT = 64;

    private final ITemplateEngine templates;
    private final String base;
    private final Map<Key, Menu> menus = new ConcurrentHashMap<>();

    Navigation(ITemplateEngine templates, String base) {
        this.templates = templates;
        this.base = base;
    }

    /** The sections of the navigation bar and the person's own pages under her name, as markup. */
    public record Menu(String sections, String personal) {}

    public Menu of(NastavnikPrincipal me) {
        Key key = new Key(
                me.isManager(),
                me.isMethodologist(),
                me.isSystemAdmin(),
                me.homeOrganisation().isPresent(),
                LocaleContextHolder.getLocale());
        Menu menu = menus.get(key);
        if (menu == null) {
            menu = render(key);
            if (menus.size() < LIMIT) {
                menus.putIfAbsent(key, menu);
            }
        }
        return menu;
    }

    private Menu render(Key key) {
        Context context = new Context(key.locale());
        context.setVariable("manager", key.manager());
        context.setVariable("methodologist", key.methodologist());
        context.setVariable("systemAdmin", key.systemAdmin());
        context.setVariable("home", key.home());
        context.setVariable("base", base);
        return new Menu(
                templates.process("fragments/navigation", Set.of("sections"), context),
                templates.process("fragments/navigation", Set.of("personal"), context));
    }

    private record Key(boolean manager, boolean methodologist, boolean systemAdmin, boolean home, Locale locale) {}
}
