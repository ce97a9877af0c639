package ru.nastavnik.monitoring.campaign;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import ru.nastavnik.shared.Ids;

public record CampaignId(@JsonValue UUID value) {

    public CampaignId {
        Objects.requireNonNull(value, "campaign id");
    }

    public static CampaignId of(String value) {
        return new CampaignId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
