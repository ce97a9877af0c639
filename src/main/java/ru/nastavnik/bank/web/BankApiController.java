package ru.nastavnik.bank.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.bank.MenteeRequest;
import ru.nastavnik.bank.MenteeView;
import ru.nastavnik.bank.MentorRequest;
import ru.nastavnik.bank.MentorView;
import ru.nastavnik.bank.internal.BankHistory;
import ru.nastavnik.bank.internal.BankKind;
import ru.nastavnik.bank.internal.BankPages;
import ru.nastavnik.bank.internal.BankRegistry;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.ApiPage;
import ru.nastavnik.shared.web.ETags;

@RestController
@RequestMapping("/api/v1/organisations/{orgId}")
@Tag(name = BankApiController.TAG)
class BankApiController {

    /** The API description's section of these operations, shared by the controllers split from this one. */
    static final String TAG = "Банки наставников и наставляемых";

    /** A POST that enters a bank needs no version; one for a person in it already is a change and needs it. */
    /** A person's id, never a word: {@code /mentors/export} is the bank's export, not an entry. */
    private static final String PERSON = "[0-9a-fA-F]+-[0-9a-fA-F-]+";

    private static final String IF_MATCH_IF_IN_BANK = "Если педагог уже в банке: " + ETags.IF_MATCH;

    /** Those who left are listed after the current entries, and the page is cut from the whole bank. */
    static final String INCLUDE_LEFT = "Добавить выбывших из банка (после тех, кто в нём сейчас)";

    private final BankRegistry banks;
    private final BankPages pages;

    BankApiController(BankRegistry banks, BankPages pages) {
        this.banks = banks;
        this.pages = pages;
    }

    @GetMapping("/mentees")
    @Operation(summary = "Банк наставляемых постранично (фильтры: запрос, категория, ФИО, выбывшие)")
    ApiPage<MenteeView> mentees(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @ParameterObject MenteeListQuery query) {
        return query.answer(
                (filter, asked) -> pages.menteesAndLeft(me, orgId, filter, asked),
                (filter, asked) -> pages.mentees(me, orgId, filter, asked.getPageNumber(), asked.getPageSize())
                        .current());
    }

    @PostMapping("/mentees")
    @Operation(
            summary = "Включить педагога в банк наставляемых (нужно согласие на обработку ПДн); если он уже в банке — "
                    + "изменить его запросы, как PUT, с If-Match")
    ResponseEntity<MenteeView> saveMentee(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody MenteeRequest request,
            @Parameter(description = IF_MATCH_IF_IN_BANK) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        MenteeView saved = banks.saveMentee(me, orgId, request, ETags.parse(ifMatch));
        return ETags.ok(saved.version(), saved);
    }

    @GetMapping("/mentees/{personId:" + PERSON + "}")
    @Operation(summary = "Запись педагога в банке наставляемых (ETag — для If-Match при изменении)")
    ResponseEntity<MenteeView> mentee(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PersonId personId) {
        MenteeView entry = banks.currentMentee(me, orgId, personId);
        return ETags.ok(entry.version(), entry);
    }

    @PutMapping("/mentees/{personId:" + PERSON + "}")
    @Operation(summary = "Изменить запросы педагога в банке наставляемых")
    ResponseEntity<MenteeView> updateMentee(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PersonId personId,
            @RequestBody MenteeRequest request,
            @Parameter(description = ETags.IF_MATCH) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        MenteeView saved = banks.updateMentee(me, orgId, personId, request, ETags.parse(ifMatch));
        return ETags.ok(saved.version(), saved);
    }

    @PostMapping("/mentees/{personId}/return")
    @Operation(summary = "Вернуть в банк наставляемых педагога, который выбыл (например, завершив программу)")
    MenteeView returnMentee(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PersonId personId) {
        return banks.returnMentee(me, orgId, personId);
    }

    @GetMapping("/mentors")
    @Operation(summary = "Банк наставников постранично (фильтры: компетенция, предмет, обучение, свободные места, ФИО)")
    ApiPage<MentorView> mentors(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @ParameterObject MentorListQuery query) {
        return query.answer(
                (filter, asked) -> pages.mentorsAndLeft(me, orgId, filter, asked),
                (filter, asked) -> pages.mentors(me, orgId, filter, asked.getPageNumber(), asked.getPageSize())
                        .current());
    }

    @PostMapping("/mentors")
    @Operation(
            summary = "Включить педагога в банк наставников (нужно согласие на обработку ПДн); если он уже в банке — "
                    + "изменить профиль, как PUT, с If-Match")
    ResponseEntity<MentorView> saveMentor(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody MentorRequest request,
            @Parameter(description = IF_MATCH_IF_IN_BANK) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        MentorView saved = banks.saveMentor(me, orgId, request, ETags.parse(ifMatch));
        return ETags.ok(saved.version(), saved);
    }

    @GetMapping("/mentors/{personId:" + PERSON + "}")
    @Operation(summary = "Профиль педагога в банке наставников (ETag — для If-Match при изменении)")
    ResponseEntity<MentorView> mentor(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PersonId personId) {
        MentorView entry = banks.currentMentor(me, orgId, personId);
        return ETags.ok(entry.version(), entry);
    }

    @PutMapping("/mentors/{personId:" + PERSON + "}")
    @Operation(summary = "Изменить профиль педагога в банке наставников")
    ResponseEntity<MentorView> updateMentor(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PersonId personId,
            @RequestBody MentorRequest request,
            @Parameter(description = ETags.IF_MATCH) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        MentorView saved = banks.updateMentor(me, orgId, personId, request, ETags.parse(ifMatch));
        return ETags.ok(saved.version(), saved);
    }

    @PostMapping("/{kind:mentees|mentors}/{personId}/leave")
    @Operation(summary = "Исключить из банка (с причиной)")
    ResponseEntity<Void> leave(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable String kind,
            @PathVariable PersonId personId,
            @RequestBody(required = false) Map<String, String> body) {
        banks.leave(
                me,
                orgId,
                personId,
                kind.equals("mentees") ? BankKind.MENTEE : BankKind.MENTOR,
                body == null ? null : body.get("reason"));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/bank-history/{personId}")
    @Operation(summary = "История педагога в банках")
    BankHistory history(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PersonId personId) {
        return banks.history(me, orgId, personId);
    }
}
