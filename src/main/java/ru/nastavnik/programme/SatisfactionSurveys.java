package ru.nastavnik.programme;

import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.stereotype.Component;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.RoleGrant;
import ru.nastavnik.shared.UserId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.survey.Distribution;
import ru.nastavnik.survey.QuestionnaireView;
import ru.nastavnik.survey.Questionnaires;

/**
 * When a programme completes, its mentee and mentor are asked the satisfaction questionnaires (stage 6:
 * monitoring). Sent after the completion is committed, on a listener thread with a connection of its own (the
 * request never holds two at once) and kept in the event registry until sent: a questionnaire that cannot be
 * sent (the person's data restricted meanwhile, say) is logged and never undoes the completion. Public, in the
 * base package, only because the event registry stores {@link Send} and this listener by their class names: an
 * incomplete publication republished on restart must still find both where it left them.
 */
@Component
public class SatisfactionSurveys {

    private static final Logger log = LoggerFactory.getLogger(SatisfactionSurveys.class);

    /** The completion, with who completed it: the questionnaires are sent in that curator's name. */
    public record Send(Curator curator, OrganisationId organisation, List<PersonId> mentees, List<PersonId> mentors) {}

    /** The curator as the event registry stores her: never with her password hash. */
    public record Curator(UserId id, String username, String fullName, Set<RoleGrant> grants) {

        public static Curator of(NastavnikPrincipal principal) {
            return new Curator(principal.id(), principal.getUsername(), principal.fullName(), principal.grants());
        }

        NastavnikPrincipal principal() {
            return new NastavnikPrincipal(id, username, fullName, null, grants, true, false);
        }
    }

    private final Questionnaires questionnaires;
    private final Distribution distribution;

    SatisfactionSurveys(Questionnaires questionnaires, Distribution distribution) {
        this.questionnaires = questionnaires;
        this.distribution = distribution;
    }

    @ApplicationModuleListener
    public void on(Send event) {
        SecurityContext before = SecurityContextHolder.getContext();
        try {
            NastavnikPrincipal curator = event.curator().principal();
            // the audit log names the curator as the one who sent them, as when this ran in her request
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new PreAuthenticatedAuthenticationToken(curator, null, curator.getAuthorities()));
            SecurityContextHolder.setContext(context);
            send(curator, event, "satisfaction-mentee", event.mentees());
            send(curator, event, "satisfaction-mentor", event.mentors());
        } catch (RuntimeException e) {
            log.warn("Satisfaction questionnaires not sent for a completed programme: {}", e.getMessage());
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private void send(NastavnikPrincipal curator, Send event, String template, List<PersonId> people) {
        if (people.isEmpty()) {
            return;
        }
        QuestionnaireView questionnaire = questionnaires.openFromTemplate(curator, event.organisation(), template);
        distribution.invite(
                curator,
                questionnaire.id(),
                people.stream().map(PersonId::toString).toList(),
                List.of());
    }
}
