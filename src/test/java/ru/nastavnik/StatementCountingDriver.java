package ru.nastavnik;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;

/**
 * PostgreSQL's driver with every statement a connection prepares counted on the thread that prepares it (the tests'
 * pool uses it, {@code spring.datasource.hikari.driver-class-name}). Unlike {@link QueryCounter}, which sees only
 * Hibernate's statements, this sees all of them: the JDBC client's reads, the audit's inserts, the event registry's.
 */
public class StatementCountingDriver implements Driver {

    private static final Set<String> PREPARING = Set.of("prepareStatement", "prepareCall", "createStatement");
    private static final ThreadLocal<List<String>> RECORDED = new ThreadLocal<>();

    private final Driver postgres = new org.postgresql.Driver();

    /** Keeps the statements prepared on this thread from now until {@link #stop()}. */
    public static void record() {
        RECORDED.set(new ArrayList<>());
    }

    /** The statements prepared on this thread since {@link #record()}: SQL text, or «statement» for a bare one. */
    public static List<String> stop() {
        List<String> recorded = RECORDED.get();
        RECORDED.remove();
        return recorded == null ? List.of() : recorded;
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Connection connection = postgres.connect(url, info);
        if (connection == null) {
            return null;
        }
        InvocationHandler counting = (proxy, method, args) -> {
            List<String> recorded = RECORDED.get();
            if (recorded != null && PREPARING.contains(method.getName())) {
                recorded.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : "statement");
            }
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(
                StatementCountingDriver.class.getClassLoader(), new Class<?>[] {Connection.class}, counting);
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        return postgres.acceptsURL(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return postgres.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return postgres.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return postgres.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return postgres.jdbcCompliant();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return postgres.getParentLogger();
    }
}
