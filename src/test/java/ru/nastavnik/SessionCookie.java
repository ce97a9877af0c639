package ru.nastavnik;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A browser's session in MockMvc tests. Sessions live in PostgreSQL (Spring Session), so a MockHttpSession is not
 * what the application reads: the session cookie is. {@code .andDo(cookie)} keeps the cookie a response sets;
 * {@code .with(cookie)} sends it.
 */
public final class SessionCookie implements RequestPostProcessor, ResultHandler {

    public static final String NAME = "JSESSIONID";

    private Cookie cookie;

    @Override
    public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
        if (cookie != null) {
            request.setCookies(cookie);
        }
        return request;
    }

    @Override
    public void handle(MvcResult result) {
        Cookie set = result.getResponse().getCookie(NAME);
        if (set != null) {
            cookie = set;
        }
    }

    /** The session's id, as the session repository knows it (the cookie carries it in Base64). */
    public String sessionId() {
        return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.US_ASCII);
    }
}
