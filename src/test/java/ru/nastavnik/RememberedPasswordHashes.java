package ru.nastavnik;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * The tests' application contexts hash each test password once per run: the application's own encoder (Argon2id,
 * 16 MiB and two passes by design, to make guessing slow) still computes every hash and every verdict the first time
 * it is asked; the same question asked again — the fixtures' one password for each of the run's new users, their
 * sign-ins — gets the same answer from memory. Measured (docs/verify-speed.md): Argon2 was 40 % of the
 * test JVM's sampled processor time, each hash also allocating 16 MiB. The result of a question is a
 * pure function of it (a hash verifies against its own salt), so what a test observes is unchanged, except that two
 * users given the same password by a test share one salt. Registered in {@code META-INF/spring.factories}.
 */
public final class RememberedPasswordHashes implements ContextCustomizerFactory {

    private static final Map<String, String> HASHES = new ConcurrentHashMap<>();
    private static final Map<List<String>, Boolean> VERDICTS = new ConcurrentHashMap<>();

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new BeansWrapped(
                RememberedPasswordHashes.class,
                bean -> bean instanceof PasswordEncoder encoder && !(bean instanceof Remembering)
                        ? new Remembering(encoder)
                        : bean);
    }

    private record Remembering(PasswordEncoder encoder) implements PasswordEncoder {

        @Override
        public String encode(CharSequence raw) {
            return raw == null ? encoder.encode(null) : HASHES.computeIfAbsent(raw.toString(), encoder::encode);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            if (raw == null || encoded == null) {
                return encoder.matches(raw, encoded);
            }
            return VERDICTS.computeIfAbsent(
                    List.of(raw.toString(), encoded), question -> encoder.matches(question.get(0), question.get(1)));
        }

        @Override
        public boolean upgradeEncoding(String encoded) {
            return encoder.upgradeEncoding(encoded);
        }
    }
}
