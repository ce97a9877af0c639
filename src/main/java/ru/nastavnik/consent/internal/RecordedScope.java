package ru.nastavnik.consent.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import ru.nastavnik.consent.DistributionChannel;
import ru.nastavnik.consent.DistributionKind;
import ru.nastavnik.consent.DistributionScope;

/** A consent's {@link DistributionScope} as stored: two arrays of names, in the declared order. */
@Embeddable
class RecordedScope {

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "distribution_kinds")
    private List<String> kinds = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "distribution_channels")
    private List<String> channels = new ArrayList<>();

    protected RecordedScope() {}

    RecordedScope(DistributionScope scope) {
        kinds = new ArrayList<>(scope.kindList().stream().map(Enum::name).toList());
        channels = new ArrayList<>(scope.channelList().stream().map(Enum::name).toList());
    }

    DistributionScope scope() {
        return new DistributionScope(
                kinds == null
                        ? null
                        : kinds.stream().map(DistributionKind::valueOf).collect(Collectors.toSet()),
                channels == null
                        ? null
                        : channels.stream().map(DistributionChannel::valueOf).collect(Collectors.toSet()));
    }
}
