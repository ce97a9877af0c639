package ru.nastavnik;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * The application's clock in every test context can be set to an instant by a test ({@link Settable#set}) and runs in
 * real time otherwise. A test that needs another hour sets it and clears it after itself; no test needs a context of its
 * own for that — each extra context costs the run a Spring start and a heap's worth of beans. Registered in
 * {@code META-INF/spring.factories}.
 */
public final class SettableClocks implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new BeansWrapped(
                SettableClocks.class,
                bean -> bean instanceof Clock clock && !(bean instanceof Settable) ? new Settable(clock) : bean);
    }

    /** The application's own clock, or the instant a test set. */
    public static final class Settable extends Clock {

        private final Clock real;
        private volatile Instant fixed;

        Settable(Clock real) {
            this.real = real;
        }

        /** Fixes the clock at an instant; {@code null} lets it run in real time again. */
        public void set(Instant instant) {
            fixed = instant;
        }

        @Override
        public ZoneId getZone() {
            return real.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            Settable self = this;
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return zone;
                }

                @Override
                public Clock withZone(ZoneId other) {
                    return self.withZone(other);
                }

                @Override
                public Instant instant() {
                    return self.instant();
                }
            };
        }

        @Override
        public Instant instant() {
            Instant at = fixed;
            return at == null ? real.instant() : at;
        }
    }
}
