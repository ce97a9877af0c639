package ru.nastavnik.organisation;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Spring Session's JDBC sessions, except that a request moves its session's last access only when it moved by a minute
 * or more. Spring Session marks a session changed whenever its last access is set — on every request — and saved it
 * in a transaction of its own: a statement and a commit per page view, whose only news was a few seconds of last
 * access. A session left unchanged now costs nothing to save; so an idle session may end up to a minute before its
 * timeout (8 hours signed in, 15 minutes on the login page), never later, on every node alike.
 */
final class MinuteTouchSessions<S extends Session>
        implements FindByIndexNameSessionRepository<MinuteTouchSessions.Touched<S>> {

    static final Duration STEP = Duration.ofMinutes(1);

    private final FindByIndexNameSessionRepository<S> stored;

    private MinuteTouchSessions(FindByIndexNameSessionRepository<S> stored) {
        this.stored = stored;
    }

    static <S extends Session> MinuteTouchSessions<S> over(FindByIndexNameSessionRepository<S> stored) {
        return new MinuteTouchSessions<>(stored);
    }

    @Override
    public Touched<S> createSession() {
        return new Touched<>(stored.createSession());
    }

    @Override
    public void save(Touched<S> session) {
        stored.save(session.session);
    }

    @Override
    public Touched<S> findById(String id) {
        S session = stored.findById(id);
        return session == null ? null : new Touched<>(session);
    }

    @Override
    public void deleteById(String id) {
        stored.deleteById(id);
    }

    @Override
    public Map<String, Touched<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, Touched<S>> found = new LinkedHashMap<>();
        stored.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, session) -> found.put(id, new Touched<>(session)));
        return found;
    }

    /** A stored session whose last access moves in steps of a minute; everything else as stored. */
    static final class Touched<S extends Session> implements Session {

        private final S session;

        private Touched(S session) {
            this.session = session;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (Duration.between(session.getLastAccessedTime(), lastAccessedTime)
                            .compareTo(STEP)
                    >= 0) {
                session.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            return session.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return session.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            session.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            session.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}
