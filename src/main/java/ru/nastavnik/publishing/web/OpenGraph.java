package ru.nastavnik.publishing.web;

import org.springframework.web.util.HtmlUtils;
import ru.nastavnik.publishing.internal.PublicationView;

/**
 * The OpenGraph tags of a public news page (what a messenger or a social network shows of a shared link): the
 * title, the first words of the text without markup, the page's absolute address.
 */
record OpenGraph(String title, String description, String url) {

    static final int DESCRIPTION = 200;

    static OpenGraph of(PublicationView item, String url) {
        String text = HtmlUtils.htmlUnescape(item.body().replaceAll("<[^>]*>", " "))
                .replaceAll("\\s+", " ")
                .strip();
        String description = text.length() <= DESCRIPTION
                ? text
                : text.substring(0, DESCRIPTION - 1).strip() + "…";
        return new OpenGraph(item.title(), description, url);
    }
}
