/*
 * A local Neo4j 5 for Parley's tests and for `npm run neo4j`: the Community kernel, Cypher and
 * Bolt in this JVM, from the Maven Central jars, without Docker or a server distribution.
 *
 *   java -cp 'target/classes:target/lib/*' parley.Neo4jServer PORT [DATA_DIR] [--browser HTTP]
 *
 * Bolt listens on 127.0.0.1:PORT (0 picks a free port), without authentication or TLS. By
 * default (the tests) the kernel runs alone, built by DatabaseManagementServiceBuilder, with no
 * HTTP at all. With --browser the full Community server starts instead, adding HTTP on
 * 127.0.0.1:HTTP with Neo4j Browser at /browser/. Without DATA_DIR the database lives in a
 * temporary folder removed at exit. One line, "ready bolt://127.0.0.1:PORT", is printed once a
 * query has run, so a caller that waits for it never races the start. The process ends when
 * its standard input closes (the parent is gone, however it died) or on SIGTERM, shutting the
 * database down cleanly either way.
 */
package parley;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.CommunityBootstrapper;

public final class Neo4jServer {
  /** Page cache in MiB: -Dparley.pagecache.mb=N, for a benchmark's larger graph. */
  private static final long PAGE_CACHE_MB = Long.getLong("parley.pagecache.mb", 128);

  private Neo4jServer() {}

  public static void main(String[] args) throws Exception {
    int browser = -1;
    String[] rest = args;
    if (args.length >= 2 && args[args.length - 2].equals("--browser")) {
      browser = Integer.parseInt(args[args.length - 1]);
      rest = java.util.Arrays.copyOf(args, args.length - 2);
    }
    if (rest.length < 1 || rest.length > 2) {
      System.err.println("usage: parley.Neo4jServer PORT [DATA_DIR] [--browser HTTP_PORT]");
      System.exit(2);
    }
    int port = Integer.parseInt(rest[0]);
    boolean temporary = rest.length == 1;
    Path home = temporary ? Files.createTempDirectory("parley-neo4j-") : Path.of(rest[1]);

    Runnable stop;
    DatabaseManagementService dbms;
    if (browser < 0) {
      dbms = kernelOnly(home, port);
      stop = dbms::shutdown;
    } else {
      CommunityBootstrapper server = new CommunityBootstrapper();
      int status = server.start(home, serverConfig(port, browser));
      if (status != 0) System.exit(status);
      dbms = server.getDatabaseManagementService();
      stop = server::stop;
    }
    Runtime.getRuntime() // SIGTERM, SIGINT and System.exit
        .addShutdownHook(
            new Thread(
                () -> {
                  stop.run();
                  if (temporary) deleteTree(home);
                },
                "parley-neo4j-shutdown"));

    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    try (Transaction tx = db.beginTx()) {
      tx.execute("RETURN 1").close();
    }
    int bolt =
        ((GraphDatabaseAPI) db)
            .getDependencyResolver()
            .resolveDependency(ConnectorPortRegister.class)
            .getLocalAddress(ConnectorType.BOLT)
            .getPort();
    System.out.println("ready bolt://127.0.0.1:" + bolt);
    System.out.flush();

    waitForEndOfInput(System.in);
    System.exit(0);
  }

  /** The kernel with Bolt and nothing else: what the tests need, started in a few seconds. */
  private static DatabaseManagementService kernelOnly(Path home, int port) {
    return new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(PAGE_CACHE_MB))
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
        // Bolt's event loops otherwise idle through a quiet period of seconds at shutdown.
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
        .build();
  }

  /** The same database behind the full server, which adds HTTP and Neo4j Browser. */
  private static Map<String, String> serverConfig(int port, int http) {
    return Map.ofEntries(
        Map.entry("server.bolt.listen_address", "127.0.0.1:" + port),
        // What Browser offers to connect to: these ports, not the defaults.
        Map.entry("server.bolt.advertised_address", "127.0.0.1:" + port),
        Map.entry("server.http.advertised_address", "127.0.0.1:" + http),
        Map.entry("server.http.enabled", "true"),
        Map.entry("server.http.listen_address", "127.0.0.1:" + http),
        Map.entry("server.https.enabled", "false"),
        Map.entry("dbms.security.auth_enabled", "false"),
        Map.entry("dbms.usage_report.enabled", "false"),
        Map.entry("server.memory.pagecache.size", PAGE_CACHE_MB + "m"),
        Map.entry("db.tx_log.rotation.retention_policy", "false"),
        Map.entry("internal.dbms.bolt.netty_server_shutdown_quiet_period", "0"),
        Map.entry("internal.dbms.bolt.netty_server_shutdown_timeout", "2s"));
  }

  private static void waitForEndOfInput(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) != -1) {
        // Input is ignored: only its end matters.
      }
    } catch (IOException closed) {
      // A broken pipe is an end of input too.
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // A leftover temporary folder is harmless; the operating system clears /tmp.
    }
  }
}
