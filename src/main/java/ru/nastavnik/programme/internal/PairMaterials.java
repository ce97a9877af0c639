package ru.nastavnik.programme.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.bank.BankEntries;
import ru.nastavnik.bank.MenteeView;
import ru.nastavnik.bank.TopicView;
import ru.nastavnik.bank.Vocabulary;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.PairLookup;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.programme.ProgrammeCard;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.training.MaterialAudience;
import ru.nastavnik.training.MaterialView;
import ru.nastavnik.training.Materials;

/**
 * The methodical materials a pair is pointed to: those on its mentees' needs, for the cabinet, and those on each
 * activity's need, for the programme. It is given what the caller was already allowed to see (her cabinet, a
 * programme's card); the materials are those read in the pair's school.
 */
@Service
@Transactional(readOnly = true)
public class PairMaterials {

    private static final int PER_PAIR = 5;
    private static final int PER_ACTIVITY = 3;

    private final PairLookup mentorships;
    private final BankEntries banks;
    private final Vocabulary vocabulary;
    private final Materials materials;

    PairMaterials(PairLookup mentorships, BankEntries banks, Vocabulary vocabulary, Materials materials) {
        this.mentorships = mentorships;
        this.banks = banks;
        this.vocabulary = vocabulary;
        this.materials = materials;
    }

    /** For each pair of the cabinet, the materials on its mentees' needs for her side of the pair. */
    public Map<MentorshipId, List<MaterialView>> forCabinet(List<CabinetPair> pairs) {
        Map<MentorshipId, List<MaterialView>> suggested = new LinkedHashMap<>();
        if (pairs.isEmpty()) {
            return suggested;
        }
        // the pairs and their mentees' bank entries in one query each, not one per pair and per mentee
        Map<MentorshipId, MentorshipView> loaded =
                mentorships.unnamed(pairs.stream().map(CabinetPair::id).toList()).stream()
                        .collect(Collectors.toMap(MentorshipView::id, m -> m));
        Map<PersonId, MenteeView> entries = banks.currentMentees(loaded.values().stream()
                .flatMap(m -> m.current(MemberRole.MENTEE).stream())
                .collect(Collectors.toSet()));
        // a mentor's pairs mostly share the school, the needs and her side: the same suggestions are asked once
        Map<List<Object>, List<MaterialView>> asked = new HashMap<>();
        for (CabinetPair pair : pairs) {
            MentorshipView mentorship = loaded.get(pair.id());
            if (mentorship == null) {
                throw new NotFoundException();
            }
            List<String> needs = mentorship.current(MemberRole.MENTEE).stream()
                    .flatMap(m -> Optional.ofNullable(entries.get(m)).stream())
                    .flatMap(m -> m.needs().stream())
                    .distinct()
                    .toList();
            MaterialAudience audience = audience(pair.role());
            suggested.put(
                    pair.id(),
                    asked.computeIfAbsent(
                            List.of(mentorship.organisationId(), needs, audience),
                            key -> materials.suggested(mentorship.organisationId(), needs, audience, PER_PAIR)));
        }
        return suggested;
    }

    /**
     * For each activity of the programme that answers a need, the materials on that need. An activity keeps the
     * need's title as it was written into the plan; the vocabulary gives back its code.
     */
    public Map<UUID, List<MaterialView>> forProgramme(ProgrammeCard card) {
        Map<String, String> codes = vocabulary.of(card.programme().organisationId()).stream()
                .collect(Collectors.toMap(TopicView::title, TopicView::code, (a, b) -> a));
        Map<UUID, String> needs = new LinkedHashMap<>();
        card.programme().activities().stream()
                .filter(a -> a.need() != null)
                .forEach(a -> needs.put(a.id(), codes.getOrDefault(a.need(), a.need())));
        List<MaterialView> found = materials.suggested(
                card.programme().organisationId(),
                Set.copyOf(needs.values()),
                card.isMentee() ? MaterialAudience.MENTEES : MaterialAudience.MENTORS,
                needs.size() * PER_ACTIVITY);
        Map<UUID, List<MaterialView>> suggested = new LinkedHashMap<>();
        needs.forEach((activity, need) -> suggested.put(
                activity,
                found.stream()
                        .filter(m -> m.topics().stream().anyMatch(t -> t.code().equals(need)))
                        .limit(PER_ACTIVITY)
                        .toList()));
        return suggested;
    }

    private static MaterialAudience audience(MemberRole role) {
        return role == MemberRole.MENTEE ? MaterialAudience.MENTEES : MaterialAudience.MENTORS;
    }
}
