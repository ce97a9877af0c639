package ru.nastavnik.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import ru.nastavnik.StatementCountingDriver;

/**
 * Saving a session whose only news is a last access moved by less than a minute sends nothing to the database (it was
 * a statement and a commit on every request); a minute's move, or any other change, is saved as before.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MinuteTouchSessionsIntegrationTests {

    @Autowired
    JdbcIndexedSessionRepository stored;

    @Test
    void aLastAccessMovedByLessThanAMinuteIsNotWrittenAndAMinutesMoveIs() {
        MinuteTouchSessions<?> sessions = MinuteTouchSessions.over(stored);
        String id = newSession(sessions);
        Instant lastAccess = stored(id).getLastAccessedTime();

        assertThat(touch(sessions, id, lastAccess.plusSeconds(59)))
                .as("statements saving a session touched within a minute")
                .isEmpty();
        assertThat(stored(id).getLastAccessedTime()).isEqualTo(lastAccess);

        assertThat(touch(sessions, id, lastAccess.plusSeconds(60)))
                .as("statements saving a session touched a minute later")
                .singleElement()
                .asString()
                .containsIgnoringCase("update");
        assertThat(stored(id).getLastAccessedTime()).isEqualTo(lastAccess.plusSeconds(60));
        stored.deleteById(id);
    }

    @Test
    void anAttributeSetWithinTheMinuteIsSaved() {
        MinuteTouchSessions<?> sessions = MinuteTouchSessions.over(stored);
        String id = newSession(sessions);
        Session read = sessions.findById(id);
        read.setLastAccessedTime(read.getLastAccessedTime().plusSeconds(5));
        read.setAttribute("draft", "Иванова");
        save(sessions, read);

        assertThat(stored(id).<String>getAttribute("draft")).isEqualTo("Иванова");
        stored.deleteById(id);
    }

    @Test
    void everyUsersSessionsAreFoundThroughIt() {
        MinuteTouchSessions<?> sessions = MinuteTouchSessions.over(stored);
        String id = newSession(sessions);

        assertThat(sessions.findByPrincipalName("minute-touch-user")).containsOnlyKeys(id);
        sessions.deleteById(id);
        assertThat(sessions.findById(id)).isNull();
    }

    /** The session as Spring Session's own repository reads it (its session class is not public). */
    private Session stored(String id) {
        SessionRepository<? extends Session> repository = stored;
        return repository.findById(id);
    }

    private static String newSession(MinuteTouchSessions<?> sessions) {
        Session session = sessions.createSession();
        session.setAttribute(MinuteTouchSessions.PRINCIPAL_NAME_INDEX_NAME, "minute-touch-user");
        save(sessions, session);
        return session.getId();
    }

    private static List<String> touch(MinuteTouchSessions<?> sessions, String id, Instant at) {
        Session read = sessions.findById(id);
        read.setLastAccessedTime(at);
        StatementCountingDriver.record();
        try {
            save(sessions, read);
        } catch (RuntimeException e) {
            StatementCountingDriver.stop();
            throw e;
        }
        return StatementCountingDriver.stop();
    }

    /** The filter's own call: a session it read (or created) goes back to the same repository. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void save(MinuteTouchSessions sessions, Session session) {
        sessions.save((MinuteTouchSessions.Touched) session);
    }
}
