package ru.nastavnik.documents;

import java.util.Map;
import java.util.function.Supplier;

/** A {@link DefaultTemplate} whose DOCX is built once, on the first call that needs it. */
final class BuiltInTemplate implements DefaultTemplate {

    private final String kind;
    private final Supplier<byte[]> build;
    private final Supplier<Map<String, Object>> sample;
    private volatile byte[] docx;

    BuiltInTemplate(String kind, Supplier<byte[]> build, Supplier<Map<String, Object>> sample) {
        this.kind = kind;
        this.build = build;
        this.sample = sample;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public String titleKey() {
        return "template." + kind;
    }

    @Override
    public byte[] docx() {
        byte[] built = docx;
        if (built == null) {
            synchronized (this) {
                built = docx;
                if (built == null) {
                    built = build.get();
                    docx = built;
                }
            }
        }
        return built.clone();
    }

    @Override
    public Map<String, Object> sampleModel() {
        return sample.get();
    }
}
