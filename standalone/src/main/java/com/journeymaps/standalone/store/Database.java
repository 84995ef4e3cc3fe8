package com.journeymaps.standalone.store;

import com.journeymaps.standalone.StartupException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The standalone server's embedded H2 database, a file in the data directory. Opening it brings the
 * schema up to date with the Flyway migrations in {@code db/migration}; every write goes through
 * {@link #inTransaction}, so a write either happens whole or not at all.
 */
public final class Database implements AutoCloseable {

    static final String FILE_NAME = "journeymaps";

    private final JdbcConnectionPool pool;

    private Database(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    public static Database open(DataDirectory directory) {
        Path file = directory.path().resolve(FILE_NAME);
        // The data directory lock already keeps other servers out; H2's own lock file is a second guard.
        // WRITE_DELAY=0: a commit is on disk before it is acknowledged (H2 otherwise waits up to 500 ms, and a
        // crash in that window loses saves the client was told had succeeded; see docs/reliability.md).
        // QUERY_CACHE_SIZE=64: each pooled connection keeps its prepared statements. With H2's default of 8, a
        // page view (permissions, page, ancestors, children: more than eight statements) parsed and planned
        // nearly every statement again, a sixth of its time (JFR, docs/performance.md, "Session 6").
        String url = "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;DB_CLOSE_DELAY=0;WRITE_DELAY=0"
                + ";QUERY_CACHE_SIZE=64";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "journeymaps", "");
        pool.setMaxConnections(32);
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            pool.dispose();
            throw new StartupException("cannot open or migrate the database in " + directory.path() + ": "
                    + e.getMessage(), e);
        }
        return new Database(pool);
    }

    public DataSource dataSource() {
        return pool;
    }

    /** A unit of work that reads or writes through one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** Whether the database answers a trivial query. */
    public boolean isHealthy() {
        try (Connection connection = pool.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try (Connection connection = pool.getConnection()) {
            connection.createStatement().execute("SHUTDOWN");
        } catch (SQLException ignored) {
            // Already closed or never opened: nothing to flush.
        }
        pool.dispose();
    }
}
