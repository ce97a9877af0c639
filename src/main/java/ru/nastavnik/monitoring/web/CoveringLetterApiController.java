package ru.nastavnik.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.monitoring.campaign.CampaignId;
import ru.nastavnik.monitoring.campaign.CoveringLetters;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The covering letter through the API, for a municipality that sends its region's reports from its own system. */
@RestController
class CoveringLetterApiController {

    private final CoveringLetters letters;
    private final CoveringLetterDocument document;

    CoveringLetterApiController(CoveringLetters letters, CoveringLetterDocument document) {
        this.letters = letters;
        this.document = document;
    }

    @GetMapping("/api/v1/campaigns/{id}/covering-letter.{format:docx|pdf}")
    @Operation(summary = "Сопроводительное письмо муниципалитета к отчётам его школ по мониторингу региона")
    ResponseEntity<byte[]> file(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable CampaignId id, @PathVariable String format) {
        return document.download(letters.of(me, id), me, format);
    }
}
