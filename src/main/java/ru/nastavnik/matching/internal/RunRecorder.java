package ru.nastavnik.matching.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ru.nastavnik.bank.MenteeView;
import ru.nastavnik.bank.MentorView;
import ru.nastavnik.matching.MatchingWeights;
import ru.nastavnik.matching.internal.engine.CertificateCheck;
import ru.nastavnik.matching.internal.engine.MatchingEngine;
import ru.nastavnik.matching.internal.engine.MatchingInput;
import ru.nastavnik.matching.internal.engine.MatchingResult;
import ru.nastavnik.matching.internal.engine.Scorer;
import ru.nastavnik.matching.internal.engine.Suggestion;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;

/**
 * Solves one run and keeps it: the figures and the certificate (re-checked over every admissible pair before it is
 * stored), a proposal per matched mentee in her own school with the next-best alternatives, and why the others were
 * left without a mentor. Shared by a school's runs and an area's.
 */
@Component
class RunRecorder {

    private final RunRepository runs;
    private final ProposalRepository proposals;
    private final UnmatchedRepository unmatched;
    private final Clock clock;

    RunRecorder(RunRepository runs, ProposalRepository proposals, UnmatchedRepository unmatched, Clock clock) {
        this.runs = runs;
        this.proposals = proposals;
        this.unmatched = unmatched;
        this.clock = clock;
    }

    /**
     * {@code pinned} holds "mentee:mentor" of the pins kept, so that their proposals say so; {@code skippedPins} those
     * that could not be kept (the mentor filled up, the pair no longer admissible), kept with the run to be shown.
     */
    MatchingRun solveAndStore(
            OrganisationId owner,
            MatchingWeights w,
            InputAssembler assembler,
            MatchingInput input,
            Set<String> pinned,
            List<String> skippedPins) {
        runs.lock(owner);
        List<MenteeView> mentees = assembler.mentees();
        List<MentorView> mentors = assembler.mentors();
        MatchingEngine engine = SchoolMatching.engine(w);
        long started = System.nanoTime();
        MatchingResult result;
        try {
            result = engine.solve(input);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("pins", "matching.pin.invalid");
        }
        int solveMillis = (int) ((System.nanoTime() - started) / 1_000_000);
        Scorer scorer = engine.scorer(input);
        MatchingEngine.Suggester suggester = engine.suggester(input);
        boolean valid = CertificateCheck.verify(scorer, result).valid();
        MatchingRun run = runs.save(new MatchingRun(
                owner,
                w,
                clock.instant(),
                mentees.size(),
                mentors.size(),
                result.stats().admissiblePairs(),
                result.stats().candidateEdges(),
                result.stats().pricingRounds(),
                result.totalScore(),
                result.dualBound(),
                engine.greedy(input).totalScore(),
                valid,
                SchoolMatching.certificate(result),
                solveMillis,
                skippedPins));
        for (int i = 0; i < mentees.size(); i++) {
            int j = result.mentorOf(i);
            PersonId mentee = mentees.get(i).personId();
            OrganisationId school = mentees.get(i).organisationId();
            if (j >= 0) {
                List<UUID> alternativeMentors = new ArrayList<>();
                List<Integer> alternativeScores = new ArrayList<>();
                for (Suggestion s : suggester.suggest(i, SchoolMatching.ALTERNATIVES + 1)) {
                    if (s.mentor() != j && alternativeMentors.size() < SchoolMatching.ALTERNATIVES) {
                        alternativeMentors.add(
                                mentors.get(s.mentor()).personId().value());
                        alternativeScores.add(s.score());
                    }
                }
                PersonId mentor = mentors.get(j).personId();
                proposals.save(new Proposal(
                        run.id(),
                        school,
                        mentee,
                        mentor,
                        SchoolMatching.criteria(scorer.explain(i, j)),
                        alternativeMentors,
                        alternativeScores,
                        pinned.contains(mentee + ":" + mentor)));
            } else {
                String reason =
                        engine.whyUnmatched(scorer, result, i).map(Enum::name).orElse("LOST_TO_OTHERS");
                unmatched.save(new UnmatchedEntry(run.id(), school, mentee, reason));
            }
        }
        return run;
    }
}
