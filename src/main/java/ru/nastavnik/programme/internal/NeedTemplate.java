package ru.nastavnik.programme.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;

/**
 * An organisation's own suggestion for one need; a row without a title means "no suggestion, a general activity"
 * (so that a school can drop a shipped suggestion), no row means the shipped one.
 */
@Entity
@Table(name = "programme_need_template")
class NeedTemplate extends OrganisationOwned {

    @Id
    private UUID id;

    @Column(name = "need_code")
    private String needCode;

    private String title;
    private String form;

    @Column(name = "expected_result")
    private String expectedResult;

    @Column(name = "report_form")
    private String reportForm;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected NeedTemplate() {}

    NeedTemplate(OrganisationId organisation, String needCode, SuggestedActivity suggestion, Instant now) {
        super(organisation);
        this.id = UUID.randomUUID();
        this.needCode = needCode;
        this.title = suggestion == null ? null : suggestion.title();
        this.form = suggestion == null ? null : suggestion.form();
        this.expectedResult = suggestion == null ? null : suggestion.expectedResult();
        this.reportForm = suggestion == null ? null : suggestion.reportForm();
        this.updatedAt = now;
    }

    String needCode() {
        return needCode;
    }

    SuggestedActivity suggestion() {
        return title == null ? null : new SuggestedActivity(title, form, expectedResult, reportForm);
    }
}
