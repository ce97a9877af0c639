package ru.nastavnik.programme.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
class TemplateActivity {

    private String title;
    private String form;

    @Enumerated(EnumType.STRING)
    private ActivityTiming timing;

    @Column(name = "offset_days")
    private Integer offsetDays;

    @Enumerated(EnumType.STRING)
    private ActivityRole responsible;

    @Column(name = "expected_result")
    private String expectedResult;

    private String evidence;

    protected TemplateActivity() {}

    TemplateActivity(StandardActivity a) {
        this.title = a.title();
        this.form = a.form();
        this.timing = a.timing();
        this.offsetDays = a.offsetDays();
        this.responsible = a.responsible();
        this.expectedResult = a.expectedResult();
        this.evidence = a.evidence();
    }

    StandardActivity standard() {
        return new StandardActivity(title, form, timing, offsetDays, responsible, expectedResult, evidence);
    }
}
