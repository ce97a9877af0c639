package ru.nastavnik.mentorship.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.PairLookup;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The pairs as the modules built on them (programmes, the teacher's cabinet) read them: views only, never the
 * aggregate. A view without names carries an empty name for every member; names are read only where the caller may
 * see them ({@link PairNames}).
 */
@Service
@Transactional(readOnly = true)
public class PairReads implements PairLookup {

    private final PairManagement mentorships;
    private final MentorshipRepository repository;
    private final PairLifecycle lifecycle;

    PairReads(PairManagement mentorships, MentorshipRepository repository, PairLifecycle lifecycle) {
        this.mentorships = mentorships;
        this.repository = repository;
        this.lifecycle = lifecycle;
    }

    /** A pair of the caller's school (else 404), without names. */
    public MentorshipView managed(NastavnikPrincipal caller, MentorshipId id) {
        return mentorships.managed(caller, id).view(person -> "");
    }

    /** A pair with the names of its members as the caller may read them; no access check (the caller made it). */
    public MentorshipView named(NastavnikPrincipal caller, MentorshipId id) {
        Mentorship pair = mentorships.loaded(id);
        return pair.view(mentorships.names(caller, pair.organisation(), pair.people()));
    }

    /** A pair without names (404 if none). */
    public MentorshipView unnamed(MentorshipId id) {
        return mentorships.loaded(id).view(person -> "");
    }

    /** These pairs without names, read in one query (unknown ids are left out). */
    public List<MentorshipView> unnamed(Collection<MentorshipId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return repository.findAllById(ids.stream().map(MentorshipId::value).toList()).stream()
                .map(pair -> pair.view(p -> ""))
                .toList();
    }

    /** Every pair, running or ended, the person is or was in, without names. */
    public List<MentorshipView> runningAndEndedWith(PersonId person) {
        return mentorships.runningAndEndedWith(person).stream()
                .map(pair -> pair.view(p -> ""))
                .toList();
    }

    /** The organisation's pairs not ended. */
    public Set<UUID> notEnded(OrganisationId organisation) {
        return repository.inOrganisation(organisation.value()).stream()
                .filter(pair -> !pair.status().ended())
                .map(Mentorship::id)
                .collect(Collectors.toSet());
    }

    /** Everyone now in these pairs, read in one query. */
    public List<UUID> memberIds(Collection<MentorshipId> ids) {
        return mentorships.memberIds(ids);
    }

    /** Completing the programme completes its pair, whatever the planned end: the goals were reached together. */
    @Transactional
    public void completeWithProgramme(NastavnikPrincipal caller, MentorshipId id) {
        lifecycle.completeWithProgramme(caller, id);
    }
}
