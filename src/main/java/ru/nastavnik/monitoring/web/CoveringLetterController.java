package ru.nastavnik.monitoring.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import ru.nastavnik.monitoring.campaign.CampaignId;
import ru.nastavnik.monitoring.campaign.CoveringLetters;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** A municipality's covering letter over its schools' reports of the region's campaign, from the campaign's page. */
@Controller
class CoveringLetterController {

    private final CoveringLetters letters;
    private final CoveringLetterDocument document;

    CoveringLetterController(CoveringLetters letters, CoveringLetterDocument document) {
        this.letters = letters;
        this.document = document;
    }

    @GetMapping("/monitoring/campaigns/{id}/covering-letter.{format:docx|pdf}")
    ResponseEntity<byte[]> file(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable CampaignId id, @PathVariable String format) {
        return document.download(letters.of(me, id), me, format);
    }
}
