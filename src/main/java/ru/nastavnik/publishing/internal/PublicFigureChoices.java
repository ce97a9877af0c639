package ru.nastavnik.publishing.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Which headline figures each school shows on its public section, and in what order: chosen by the school's curator
 * or director (anyone else: not found, not even that the school exists). A save replaces the whole choice and is
 * audited, and so renews the school's and its areas' cached public pages (their version stamp follows audited changes).
 */
@Service
@Transactional
public class PublicFigureChoices {

    static final String SUBJECT = "PublicFigures";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    PublicFigureChoices(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public FigureChoice of(NastavnikPrincipal caller, OrganisationId school) {
        check(caller, school);
        return new FigureChoice(chosenBy(List.of(school)).getOrDefault(school, List.of()));
    }

    /** Replaces the school's choice; {@code keys} in the order to show, blanks skipped. All or nothing. */
    public FigureChoice choose(NastavnikPrincipal caller, OrganisationId school, List<String> keys) {
        check(caller, school);
        FigureChoice choice = FigureChoice.of(keys);
        jdbc.sql("delete from publishing_figure_choice where organisation_id = ?")
                .params(school.value())
                .update();
        int position = 0;
        for (PublicFigure figure : choice.figures()) {
            jdbc.sql("insert into publishing_figure_choice (organisation_id, figure, position) values (?, ?, ?)")
                    .params(school.value(), figure.name(), ++position)
                    .update();
        }
        events.publishEvent(new AuditEvent(
                school,
                AuditAction.UPDATE,
                SUBJECT,
                school.value(),
                choice.figures().isEmpty()
                        ? "показатели публичного раздела: не показываются"
                        : "показатели публичного раздела: "
                                + choice.figures().stream().map(Enum::name).collect(Collectors.joining(", "))));
        return choice;
    }

    /** Each school's chosen figures in its order (a school that chose none is absent) — one query for any number. */
    @Transactional(readOnly = true)
    public Map<OrganisationId, List<PublicFigure>> chosenBy(Collection<OrganisationId> schools) {
        Map<OrganisationId, List<PublicFigure>> chosen = new HashMap<>();
        if (schools.isEmpty()) {
            return chosen;
        }
        jdbc.sql("""
                        select organisation_id, figure from publishing_figure_choice
                        where organisation_id = any(?) order by organisation_id, position""")
                .param(schools.stream().map(OrganisationId::value).toArray(UUID[]::new))
                .query(rs -> {
                    OrganisationId school = new OrganisationId(rs.getObject(1, UUID.class));
                    try {
                        chosen.computeIfAbsent(school, s -> new java.util.ArrayList<>())
                                .add(PublicFigure.valueOf(rs.getString(2)));
                    } catch (IllegalArgumentException retired) {
                        // a figure no longer offered is simply not shown
                    }
                });
        return chosen;
    }

    /** Whether the caller chooses the school's figures: its curator or director. */
    public boolean chooses(NastavnikPrincipal caller, OrganisationId school) {
        return caller.hasAnyIn(school, Role.DIRECTOR, Role.CURATOR);
    }

    private void check(NastavnikPrincipal caller, OrganisationId school) {
        if (!chooses(caller, school)) {
            throw new NotFoundException();
        }
    }
}
