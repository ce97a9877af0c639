package ru.nastavnik.matching.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.matching.internal.CandidateView;
import ru.nastavnik.matching.internal.MatchingWishes;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Подбор наставников")
class MyMatchingApiController {

    private final MatchingWishes wishes;

    MyMatchingApiController(MatchingWishes wishes) {
        this.wishes = wishes;
    }

    record Choice(String mentorId) {}

    @GetMapping("/mentor-candidates")
    @Operation(summary = "Лучшие кандидаты в наставники для меня (наставляемого без пары) и мой выбор")
    CandidateView candidates(@AuthenticationPrincipal NastavnikPrincipal me) {
        return wishes.mine(me);
    }

    @PostMapping("/mentor-wishes")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Выбрать наставника из своих кандидатов (не больше трёх)")
    void choose(@AuthenticationPrincipal NastavnikPrincipal me, @RequestBody Choice choice) {
        wishes.choose(me, PersonId.of(choice.mentorId()));
    }

    @DeleteMapping("/mentor-wishes/{mentorId}")
    @Operation(summary = "Отказаться от выбранного наставника")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unchoose(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable PersonId mentorId) {
        wishes.unchoose(me, mentorId);
    }
}
