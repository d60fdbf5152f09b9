/*
 * A local Neo4j 5 for Parley's tests and for `npm run neo4j`: the Community kernel, Cypher and
 * Bolt in this JVM, from the Maven Central jars, without Docker or a server distribution.
 *
 *   java -cp 'target/classes:target/lib/*' parley.Neo4jServer PORT [DATA_DIR]
 *
 * Bolt listens on 127.0.0.1:PORT (0 picks a free port), without authentication or TLS; there
 * is no HTTP. Without DATA_DIR the database lives in a temporary folder removed at exit. One
 * line, "ready bolt://127.0.0.1:PORT", is printed once a query has run, so a caller that waits
 * for it never races the start. The process ends when its standard input closes (the parent is
 * gone, however it died) or on SIGTERM, shutting the database down cleanly either way.
 */
package parley;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
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

public final class Neo4jServer {
  private Neo4jServer() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: parley.Neo4jServer PORT [DATA_DIR]");
      System.exit(2);
    }
    int port = Integer.parseInt(args[0]);
    boolean temporary = args.length == 1;
    Path home = temporary ? Files.createTempDirectory("parley-neo4j-") : Path.of(args[1]);

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(HttpsConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            // Sized for test graphs and a benchmark of a few hundred thousand elements.
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(128))
            .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
            // Bolt's event loops otherwise idle through a quiet period of seconds at shutdown.
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
            .build();

    Thread shutdown =
        new Thread(
            () -> {
              dbms.shutdown();
              if (temporary) deleteTree(home);
            },
            "parley-neo4j-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown); // SIGTERM, SIGINT and System.exit

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
