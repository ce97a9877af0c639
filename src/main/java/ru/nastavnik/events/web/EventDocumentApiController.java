package ru.nastavnik.events.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.documents.DocumentJobs;
import ru.nastavnik.events.EventId;
import ru.nastavnik.events.internal.EventCertificates;
import ru.nastavnik.events.internal.OrganiserDocuments;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** An event's announcement and certificates for scripts; the same rules and refusals as the pages. */
@RestController
@RequestMapping("/api/v1/events/{id}")
@Tag(name = "Мероприятия")
class EventDocumentApiController {

    private final OrganiserDocuments documents;
    private final EventCertificates certificates;

    EventDocumentApiController(OrganiserDocuments documents, EventCertificates certificates) {
        this.documents = documents;
        this.certificates = certificates;
    }

    @GetMapping("/announcement")
    @Operation(summary = "Объявление о мероприятии (format: docx или pdf)")
    ResponseEntity<byte[]> announcement(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable EventId id,
            @RequestParam(defaultValue = "docx") String format) {
        return EventDocumentController.download(documents.announcement(me, id, "pdf".equals(format)));
    }

    @PostMapping("/certificates")
    @Operation(
            summary =
                    "Начать формирование сертификатов участников и докладчиков проведённого мероприятия (один PDF, по странице на каждого)")
    ResponseEntity<DocumentJobs.Job> startCertificates(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable EventId id) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(certificates.start(me, id));
    }

    @GetMapping("/certificates/{job}")
    @Operation(summary = "Ход формирования сертификатов (сделано из всего, состояние)")
    DocumentJobs.Job certificatesStatus(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable EventId id, @PathVariable String job) {
        return certificates.status(me, id, job);
    }

    @GetMapping("/certificates/{job}/file")
    @Operation(summary = "Скачать сформированные сертификаты (PDF)")
    ResponseEntity<byte[]> certificatesFile(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable EventId id, @PathVariable String job) {
        return EventDocumentController.download(certificates.batch(me, id, job));
    }

    @GetMapping("/certificate")
    @Operation(
            summary =
                    "Свой сертификат участника мероприятия (PDF; только присутствовавшим и докладчикам проведённого мероприятия)")
    ResponseEntity<byte[]> ownCertificate(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable EventId id) {
        return EventDocumentController.download(certificates.own(me, id));
    }
}
