package ru.nastavnik.practices.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.practices.PracticeDescription;
import ru.nastavnik.practices.PracticeView;
import ru.nastavnik.practices.internal.AuthorPractices;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** A teacher's own practices through the API, and her proposal of one outside any programme. */
@RestController
class MyPracticesApiController {

    private final AuthorPractices practices;

    MyPracticesApiController(AuthorPractices practices) {
        this.practices = practices;
    }

    @GetMapping("/api/v1/me/practices")
    @Operation(summary = "Мои практики: предложенные по программе и мои собственные, с решением куратора")
    List<PracticeView> mine(@AuthenticationPrincipal NastavnikPrincipal me) {
        return practices.mine(me);
    }

    @PostMapping("/api/v1/me/practices")
    @Operation(
            summary =
                    "Предложить свою практику вне программы (название и краткое описание обязательны; не более пяти на рассмотрении)")
    PracticeView proposeByApi(
            @AuthenticationPrincipal NastavnikPrincipal me, @RequestBody PracticeDescription description) {
        return practices.propose(me, description);
    }
}
