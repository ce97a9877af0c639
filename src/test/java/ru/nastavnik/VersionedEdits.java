package ru.nastavnik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.function.Function;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Edits made on a version: the version a client reads before an edit (the ETag of its GET, the If-Match to send)
 * and what a form refused as stale must show.
 */
public final class VersionedEdits {

    private VersionedEdits() {}

    public static String etag(MockMvc mvc, String url, NastavnikPrincipal reader) throws Exception {
        return mvc.perform(get(url).with(user(reader)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("ETag");
    }

    /** The same version as a web form carries it (the hidden field {@code version}). */
    public static String version(MockMvc mvc, String url, NastavnikPrincipal reader) throws Exception {
        return etag(mvc, url, reader).replace("\"", "");
    }

    /** A refused stale form: shown again (200) with the conflict message, her input kept and the saved value beside it. */
    public static ResultMatcher staleFormKeeps(String typed, String saved) {
        return result -> {
            for (ResultMatcher matcher : List.of(
                    status().isOk(),
                    content().string(containsString("изменил другой пользователь")),
                    content().string(containsString(typed)),
                    content().string(containsString("Сейчас сохранено: " + saved)))) {
                matcher.match(result);
            }
        };
    }

    /**
     * The API's contract for an edit of a versioned record (RFC 9110 §13.1.1), checked on {@code edit} made with
     * the If-Match given ({@code null}: none): without it 428 naming the header; with the version read ({@code read}
     * answers it) 200 and a new ETag, the one a read answers now; {@code staleEdit} on the old version once more
     * 412, answering the current ETag, and nothing changed (the caller checks the record). Returns the new ETag.
     */
    public static String assertVersionedEdit(
            MockMvc mvc,
            String read,
            NastavnikPrincipal editor,
            Function<String, AbstractMockHttpServletRequestBuilder<?>> edit,
            Function<String, AbstractMockHttpServletRequestBuilder<?>> staleEdit)
            throws Exception {
        String before = etag(mvc, read, editor);
        mvc.perform(edit.apply(null).with(user(editor)))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("If-Match")));
        String after = mvc.perform(edit.apply(before).with(user(editor)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        assertThat(after).isNotEqualTo(before).isEqualTo(etag(mvc, read, editor));
        mvc.perform(staleEdit.apply(before).with(user(editor)))
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("ETag", after))
                .andExpect(jsonPath("$.title").value(containsString("изменили")));
        return after;
    }

    /** The request with {@code If-Match: etag}, or without the header when there is none. */
    public static <B extends AbstractMockHttpServletRequestBuilder<B>> B ifMatch(B request, String etag) {
        return etag == null ? request : request.header("If-Match", etag);
    }
}
