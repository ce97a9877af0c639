package ru.nastavnik.monitoring.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import ru.nastavnik.shared.OrganisationOwned;

/** The region's own XLSX form of a campaign and its mapping; one per campaign, replaced by a new upload. */
@Entity
@Table(name = "monitoring_campaign_form")
class ReportTemplate extends OrganisationOwned {

    @Id
    @Column(name = "campaign_id")
    private UUID campaignId;

    @Column(name = "file_name")
    private String fileName;

    private byte[] content;

    @Enumerated(EnumType.STRING)
    private TemplateLayout layout;

    @Column(name = "start_row")
    private Integer startRow;

    private String mapping;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected ReportTemplate() {}

    ReportTemplate(
            Campaign campaign,
            String fileName,
            byte[] content,
            TemplateLayout layout,
            Integer startRow,
            TemplateMapping mapping,
            Instant now) {
        super(campaign.area());
        this.campaignId = campaign.id().value();
        this.fileName = fileName;
        this.content = content;
        this.layout = layout;
        this.startRow = layout == TemplateLayout.ROWS ? startRow : null;
        this.mapping = mapping.text();
        this.uploadedAt = now;
    }

    byte[] content() {
        return content;
    }

    TemplateLayout layout() {
        return layout;
    }

    Integer startRow() {
        return startRow;
    }

    TemplateMapping mapping(Campaign campaign) {
        return TemplateMapping.parse(mapping, layout, campaign.indicators(), campaign.own());
    }

    TemplateView view() {
        return new TemplateView(fileName, layout, startRow, mapping, uploadedAt);
    }
}
