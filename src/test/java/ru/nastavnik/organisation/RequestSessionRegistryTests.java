package ru.nastavnik.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The request's own session answers whether it was ended, with the mark Spring Session's registry puts on it. */
class RequestSessionRegistryTests {

    private final Map<String, MapSession> rows = new HashMap<>();
    private final RequestSessionRegistry registry =
            new RequestSessionRegistry(new SpringSessionBackedSessionRegistry<>(new Rows()));

    @AfterEach
    void tearDown() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aSessionEndedThroughTheRegistryIsEndedForTheRequestThatCarriesIt() {
        MapSession stored = signedIn("s-1", "ivanova");
        assertThat(registry.getSessionInformation(requestWith(stored).getId()).isExpired())
                .isFalse();
        registry.getAllSessions("ivanova", false).forEach(SessionInformation::expireNow);
        SessionInformation ended =
                registry.getSessionInformation(requestWith(rows.get("s-1")).getId());
        assertThat(ended.isExpired()).isTrue();
        assertThat(ended.getPrincipal()).isEqualTo("ivanova");
    }

    @Test
    void anotherSessionIsReadFromTheStore() {
        signedIn("s-2", "petrova");
        requestWith(signedIn("s-3", "sidorova"));
        assertThat(registry.getSessionInformation("s-2").getPrincipal()).isEqualTo("petrova");
        assertThat(registry.getSessionInformation("unknown")).isNull();
    }

    private MapSession signedIn(String id, String username) {
        MapSession session = new MapSession(id);
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(
                        UsernamePasswordAuthenticationToken.authenticated(username, null, java.util.List.of())));
        session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, username);
        rows.put(id, session);
        return session;
    }

    /** The session as the request read it at its start: a copy of the stored row. */
    private MockHttpSession requestWith(MapSession stored) {
        MockHttpSession session = new MockHttpSession(null, stored.getId());
        stored.getAttributeNames().forEach(name -> session.setAttribute(name, stored.getAttribute(name)));
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        return session;
    }

    private final class Rows implements FindByIndexNameSessionRepository<MapSession> {

        @Override
        public MapSession createSession() {
            return new MapSession();
        }

        @Override
        public void save(MapSession session) {
            rows.put(session.getId(), session);
        }

        @Override
        public MapSession findById(String id) {
            return rows.get(id);
        }

        @Override
        public void deleteById(String id) {
            rows.remove(id);
        }

        @Override
        public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return rows.values().stream()
                    .filter(s -> indexValue.equals(s.getAttribute(PRINCIPAL_NAME_INDEX_NAME)))
                    .collect(Collectors.toMap(MapSession::getId, s -> s));
        }
    }
}
