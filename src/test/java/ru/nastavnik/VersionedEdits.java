package ru.nastavnik;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Edits made on a version: the version a client reads before an edit (the ETag of its GET, the If-Match to send)
 * and what a form refused as stale must show.
 */
public final class VersionedEdits {

    private VersionedEdits() {
    }

    public static String etag(MockMvc mvc, String url, NastavnikPrincipal reader) throws Exception {
        return mvc.perform(get(url).with(user(reader))).andExpect(status().isOk())
                .andReturn().getResponse().getHeader("ETag");
    }

    /** The same version as a web form carries it (the hidden field {@code version}). */
    public static String version(MockMvc mvc, String url, NastavnikPrincipal reader) throws Exception {
        return etag(mvc, url, reader).replace("\"", "");
    }

    /** A refused stale form: shown again (200) with the conflict message, her input kept and the saved value beside it. */
    public static ResultMatcher staleFormKeeps(String typed, String saved) {
        return result -> {
            for (ResultMatcher matcher : List.of(status().isOk(),
                    content().string(containsString("изменил другой пользователь")),
                    content().string(containsString(typed)),
                    content().string(containsString("Сейчас сохранено: " + saved)))) {
                matcher.match(result);
            }
        };
    }
}
