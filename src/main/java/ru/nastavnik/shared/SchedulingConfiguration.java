package ru.nastavnik.shared;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The scheduled jobs (consent expiry, anonymisation, reminders, due terminations). With several nodes each job
 * holds a lock in PostgreSQL while it runs ({@code @SchedulerLock}, table {@code shedlock}), so that a job that
 * falls due runs on one node only; the lock's time is the database's, not the nodes' clocks. A node killed in
 * the middle leaves the lock until its {@code lockAtMostFor}; the jobs take everything that is due, so the next
 * run catches up.
 *
 * <p>{@code nastavnik.scheduling.enabled=false} leaves the jobs to their callers (a node that must not run them).
 * The tests keep the clock, as production runs; the listeners left unprocessed when it was off (session 20) were the
 * test framework's pausing of a cached context, not the clock (src/test/resources/spring.properties).
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "nastavnik.scheduling.enabled", havingValue = "true", matchIfMissing = true)
    @EnableScheduling
    static class Clock {}
}
