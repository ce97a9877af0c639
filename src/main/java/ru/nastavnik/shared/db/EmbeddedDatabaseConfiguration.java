package ru.nastavnik.shared.db;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Without a configured server the application brings its own PostgreSQL (DESIGN.md §5). The pool takes the same
 * {@code spring.datasource.hikari.*} settings as with an external server, so that both paths behave alike.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

    @Bean
    EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties) {
        return EmbeddedDatabase.start(properties);
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

    /** Migrations create and own the schema: they run as the superuser, on a connection of their own. */
    @Bean
    @FlywayDataSource
    DataSource migrationDataSource(EmbeddedDatabase database) {
        return new SimpleDriverDataSource(new org.postgresql.Driver(), database.jdbcUrl(), EmbeddedRoles.SUPERUSER,
                database.superuserPassword());
    }
}
