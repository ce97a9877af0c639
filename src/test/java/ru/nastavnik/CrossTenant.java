package ru.nastavnik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Sends cross-tenant probes as one user (or anonymously, {@code who} null) and asserts each is refused with the
 * status given, naming the request that was not. Sent from an {@code *IsolationTests} class, each refusal is
 * recorded for {@link IsolationCoverageTests}.
 */
public final class CrossTenant {

    private CrossTenant() {}

    public static void refused(
            MockMvc mvc,
            NastavnikPrincipal who,
            int status,
            List<? extends AbstractMockHttpServletRequestBuilder<?>> probes)
            throws Exception {
        for (AbstractMockHttpServletRequestBuilder<?> probe : probes) {
            MvcResult result =
                    mvc.perform(who == null ? probe : probe.with(user(who))).andReturn();
            assertThat(result.getResponse().getStatus())
                    .as(result.getRequest().getMethod() + " "
                            + result.getRequest().getRequestURI() + " as "
                            + (who == null ? "anonymous" : who.getUsername()))
                    .isEqualTo(status);
        }
    }
}
