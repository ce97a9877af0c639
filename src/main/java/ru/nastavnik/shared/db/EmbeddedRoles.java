package ru.nastavnik.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Properties;

/**
 * The embedded server's roles and who may connect. initdb trusts every local connection as the superuser, so any
 * local user could have disabled the audit log's append-only trigger. On its first start the server gets generated
 * passwords (kept with mode 0600 beside the data directory) and a pg_hba.conf that asks every connection for one;
 * the application then works as {@value #APPLICATION}, which may read and write rows but owns nothing, so it can
 * neither disable a trigger nor truncate a table. Migrations run as the superuser.
 */
final class EmbeddedRoles {

    static final String SUPERUSER = "postgres";
    static final String APPLICATION = "nastavnik_app";

    private static final String HBA = """
            # Written by Nastavnik: every connection, local or over the loopback, needs its role's password.
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    private final String superuserPassword;
    private final String applicationPassword;

    private EmbeddedRoles(String superuserPassword, String applicationPassword) {
        this.superuserPassword = superuserPassword;
        this.applicationPassword = applicationPassword;
    }

    static Path secretFile(Path directory) {
        return directory.resolveSibling(directory.getFileName() + ".secret");
    }

    /** The passwords of an earlier start, if the cluster has them. */
    static java.util.Optional<EmbeddedRoles> stored(Path directory) {
        Path file = secretFile(directory);
        if (!Files.exists(file)) {
            return java.util.Optional.empty();
        }
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
        return java.util.Optional.of(
                new EmbeddedRoles(properties.getProperty(SUPERUSER), properties.getProperty(APPLICATION)));
    }

    /** First start of a cluster (or of one made before passwords): roles, passwords, then password-only access. */
    static EmbeddedRoles secure(Path directory, String jdbcUrl) {
        EmbeddedRoles roles = new EmbeddedRoles(generate(), generate());
        try (Connection c = DriverManager.getConnection(jdbcUrl, SUPERUSER, "");
                Statement s = c.createStatement()) {
            s.execute("alter role " + SUPERUSER + " password '" + roles.superuserPassword + "'");
            s.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + APPLICATION + "') then "
                    + "create role " + APPLICATION + " login; end if; end $$");
            s.execute("alter role " + APPLICATION + " password '" + roles.applicationPassword + "'");
            roles.write(directory);
            writeHba(directory);
            s.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not secure the embedded PostgreSQL in " + directory, e);
        }
        return roles;
    }

    /**
     * What the application may do: rows of every table, through the grants below and the default privileges for
     * the tables that migrations (run by the superuser) create later. No TRUNCATE, no ownership.
     */
    void grant(String jdbcUrl) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, SUPERUSER, superuserPassword);
                Statement s = c.createStatement()) {
            s.execute("grant usage on schema public to " + APPLICATION);
            s.execute("grant select, insert, update, delete on all tables in schema public to " + APPLICATION);
            s.execute("grant usage, select on all sequences in schema public to " + APPLICATION);
            s.execute("alter default privileges for role " + SUPERUSER + " in schema public "
                    + "grant select, insert, update, delete on tables to " + APPLICATION);
            s.execute("alter default privileges for role " + SUPERUSER + " in schema public "
                    + "grant usage, select on sequences to " + APPLICATION);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not grant the application's rights in the embedded PostgreSQL", e);
        }
    }

    static void writeHba(Path directory) {
        try {
            Files.writeString(directory.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write pg_hba.conf in " + directory, e);
        }
    }

    private void write(Path directory) {
        Path file = secretFile(directory);
        try {
            Path temporary = Files.createTempFile(
                    file.getParent(),
                    ".secret",
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(
                    temporary,
                    "# Passwords of the embedded PostgreSQL's roles; keep this file private.\n" + SUPERUSER + "="
                            + superuserPassword + "\n" + APPLICATION + "=" + applicationPassword + "\n",
                    StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String superuserPassword() {
        return superuserPassword;
    }

    String applicationPassword() {
        return applicationPassword;
    }
}
