package ru.nastavnik.matching.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.bank.BankEntries;
import ru.nastavnik.bank.MenteeView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffAccounts;
import ru.nastavnik.people.StaffProfiles;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditBatch;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Wishes in matching: the mentee sees her best candidates in her cabinet and chooses (the regulations let her
 * choose her mentor), the curator records what either side asked for. A wish raises the pair's score by the
 * «wishes» criterion; the optimum across all mentees still decides.
 */
@Service
@Transactional
public class MatchingWishes {

    static final int MAX_OWN_WISHES = 3;
    static final int CANDIDATES = 5;

    private final WishRepository wishes;
    private final SchoolMatching matching;
    private final BankEntries banks;
    private final StaffAccounts accounts;
    private final StaffProfiles profiles;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MatchingWishes(
            WishRepository wishes,
            SchoolMatching matching,
            BankEntries banks,
            StaffAccounts accounts,
            StaffProfiles profiles,
            ApplicationEventPublisher events,
            Clock clock) {
        this.wishes = wishes;
        this.matching = matching;
        this.banks = banks;
        this.accounts = accounts;
        this.profiles = profiles;
        this.events = events;
        this.clock = clock;
    }

    /** Told to the mentee herself when she is in a pair already (the curator's wording spoke of her as «этот педагог»). */
    private static final String MY_PAIR = "matching.my.hasPair";

    /** The caller's own candidates, when she is in her school's mentee bank and has no pair yet. */
    @Transactional(readOnly = true)
    public CandidateView mine(NastavnikPrincipal caller) {
        MenteeView me = myEntry(caller);
        List<SuggestionView> candidates = matching.suggestFor(me.organisationId(), me.personId(), CANDIDATES, MY_PAIR);
        events.publishEvent(AuditBatch.reads(
                me.organisationId(),
                "Person",
                candidates.stream().map(c -> c.mentorId().value()).toList(),
                "кандидат в наставники показан наставляемому"));
        return new CandidateView(candidates, chosen(me.personId()));
    }

    public void choose(NastavnikPrincipal caller, PersonId mentor) {
        MenteeView me = myEntry(caller);
        List<PersonId> chosen = chosen(me.personId());
        if (chosen.contains(mentor)) {
            return;
        }
        if (matching.suggestFor(me.organisationId(), me.personId(), 20, MY_PAIR).stream()
                .noneMatch(s -> s.mentorId().equals(mentor))) {
            throw InvalidInputException.of("mentorId", "matching.wish.notCandidate");
        }
        if (chosen.size() >= MAX_OWN_WISHES) {
            throw InvalidInputException.of("mentorId", "matching.wish.tooMany", MAX_OWN_WISHES);
        }
        wishes.save(new Wish(me.organisationId(), me.personId(), mentor, Wish.Side.MENTEE, clock.instant()));
        audit(me.organisationId(), me.personId(), "наставляемый выбрал наставника");
    }

    public void unchoose(NastavnikPrincipal caller, PersonId mentor) {
        MenteeView me = myEntry(caller);
        wishes.ofMentee(me.personId().value(), Wish.Side.MENTEE).stream()
                .filter(w -> w.mentor().equals(mentor))
                .forEach(wishes::delete);
        audit(me.organisationId(), me.personId(), "наставляемый отменил выбор наставника");
    }

    @Transactional(readOnly = true)
    public List<WishView> list(NastavnikPrincipal caller, OrganisationId organisation) {
        SchoolMatching.check(caller, organisation);
        List<Wish> all = wishes.inOrganisation(organisation.value());
        Map<PersonId, StaffView> people = profiles.of(all.stream()
                .flatMap(w -> Stream.of(w.mentee(), w.mentor()))
                .distinct()
                .toList());
        Function<PersonId, String> names =
                p -> people.containsKey(p) ? people.get(p).data().fullName() : "—";
        events.publishEvent(AuditBatch.reads(
                organisation,
                "Person",
                people.keySet().stream().map(PersonId::value).toList(),
                "просмотр пожеланий для подбора"));
        return all.stream().map(w -> w.view(names)).toList();
    }

    /** The curator records a wish told to her (at an interview, in a questionnaire on paper). */
    public WishView record(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            PersonId mentee,
            PersonId mentor,
            boolean byMentee) {
        SchoolMatching.check(caller, organisation);
        if (banks.currentMentee(mentee)
                        .filter(m -> m.organisationId().equals(organisation))
                        .isEmpty()
                || banks.currentMentor(mentor)
                        .filter(m -> m.organisationId().equals(organisation))
                        .isEmpty()) {
            throw InvalidInputException.of("mentee", "matching.decision.notInBanks");
        }
        Wish.Side side = byMentee ? Wish.Side.MENTEE : Wish.Side.MENTOR;
        Wish wish = wishes.inOrganisation(organisation.value()).stream()
                .filter(w -> w.mentee().equals(mentee) && w.mentor().equals(mentor) && w.side() == side)
                .findFirst()
                .orElseGet(() -> wishes.save(new Wish(organisation, mentee, mentor, side, clock.instant())));
        audit(organisation, mentee, byMentee ? "записано пожелание наставляемого" : "записано пожелание наставника");
        Map<PersonId, StaffView> people = profiles.of(List.of(mentee, mentor));
        return wish.view(p -> people.containsKey(p) ? people.get(p).data().fullName() : "—");
    }

    public void forget(NastavnikPrincipal caller, OrganisationId organisation, UUID id) {
        SchoolMatching.check(caller, organisation);
        Wish wish = wishes.findById(id)
                .filter(w -> w.organisation().equals(organisation))
                .orElseThrow(NotFoundException::new);
        wishes.delete(wish);
        audit(organisation, wish.mentee(), "пожелание удалено");
    }

    private MenteeView myEntry(NastavnikPrincipal caller) {
        PersonId own =
                accounts.ownId(caller).orElseThrow(() -> InvalidInputException.of("person", "matching.my.noRecord"));
        return banks.currentMentee(own).orElseThrow(() -> InvalidInputException.of("person", "matching.my.notInBank"));
    }

    private List<PersonId> chosen(PersonId mentee) {
        return wishes.ofMentee(mentee.value(), Wish.Side.MENTEE).stream()
                .map(Wish::mentor)
                .collect(Collectors.toList());
    }

    private void audit(OrganisationId organisation, PersonId person, String details) {
        events.publishEvent(new AuditEvent(organisation, AuditAction.UPDATE, "Person", person.value(), details));
    }
}
