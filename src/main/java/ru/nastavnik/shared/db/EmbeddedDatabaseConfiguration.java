package ru.nastavnik.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Without a configured server the application brings its own PostgreSQL (DESIGN.md §5). The pool takes the same
 * {@code spring.datasource.hikari.*} settings as with an external server, so that both paths behave alike.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

    /** Released after the data source has closed (it depends on this bean), then the last context stops the server. */
    @Bean(destroyMethod = "release")
    EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties) {
        return EmbeddedDatabase.start(properties).acquire();
    }

    /** The application's connections, as a role that owns nothing (it cannot disable the audit log's trigger). */
    @Bean
    @Primary
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername(database.applicationUser());
        dataSource.setPassword(database.applicationPassword());
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("embedded");
        return dataSource;
    }

    /**
     * Migrations create and own the schema: they run as the superuser, on connections of their own. Given to Flyway
     * alone, not as a DataSource bean, which the health check would open (a new SCRAM sign-in) on every probe.
     */
    @Bean
    FlywayConfigurationCustomizer migrationsAsSuperuser(EmbeddedDatabase database) {
        return configuration ->
                configuration.dataSource(database.jdbcUrl(), EmbeddedRoles.SUPERUSER, database.superuserPassword());
    }
}
