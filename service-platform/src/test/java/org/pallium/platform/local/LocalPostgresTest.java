package org.pallium.platform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPostgresTest {

    @TempDir
    Path directory;

    @Test
    void startsARealServerOnLoopbackAndKeepsItsDataAcrossARestart() throws Exception {
        int port = Ports.free();
        try (LocalPostgres postgres = LocalPostgres.start(directory, port)) {
            postgres.ensureDatabase("ward");
            postgres.ensureDatabase("ward");
            execute(postgres.jdbcUrl("ward"), "CREATE TABLE bed (id int PRIMARY KEY); INSERT INTO bed VALUES (7)");
        }
        try (LocalPostgres restarted = LocalPostgres.start(directory, port)) {
            assertThat(queryInt(restarted.jdbcUrl("ward"), "SELECT id FROM bed")).isEqualTo(7);
            assertThat(queryText(restarted.jdbcUrl("ward"), "SELECT inet_server_addr()::text")).isEqualTo("127.0.0.1/32");
            assertThat(queryText(restarted.jdbcUrl("ward"), "SELECT pg_xact_commit_timestamp(xmin) IS NOT NULL FROM bed"))
                    .as("when the row's transaction committed, for the timeline benchmark").isEqualTo("t");
        }
    }

    @Test
    void fallsBackToInstalledBinariesRunAsAnUnprivilegedUser() throws Exception {
        assumeTrue(LocalPostgres.SystemPostgres.findBinaries().isPresent(), "no PostgreSQL installed on this machine");
        System.setProperty("pallium.postgres.binaries", "system");
        LocalPostgres postgres = LocalPostgres.start(directory, Ports.free());
        try {
            assertThat(postgres.flavour()).contains("installed");
            postgres.ensureDatabase("clinic");
            assertThat(queryInt(postgres.jdbcUrl("clinic"), "SELECT 41 + 1")).isEqualTo(42);
            assertThat(queryText(postgres.jdbcUrl("clinic"), "SHOW track_commit_timestamp")).isEqualTo("on");
        } finally {
            postgres.closeAndDeleteData();
            System.clearProperty("pallium.postgres.binaries");
        }
    }

    @Test
    void namesTheTakenPortInsteadOfFailingObscurely() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(Ports.LOOPBACK))) {
            assertThatThrownBy(() -> LocalPostgres.start(directory, taken.getLocalPort()))
                    .isInstanceOf(LocalInfrastructureException.class)
                    .hasMessageContaining("port " + taken.getLocalPort())
                    .hasMessageContaining("already in use");
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, LocalPostgres.USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int queryInt(String url, String sql) throws SQLException {
        return Integer.parseInt(queryText(url, sql));
    }

    private static String queryText(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, LocalPostgres.USER, "");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
