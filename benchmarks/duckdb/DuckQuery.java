import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Runs SQL queries in an in-memory DuckDB through its JDBC driver (no DuckDB CLI needed) and prints
 * each query's first column of its first row and its wall time:
 * java -cp duckdb_jdbc.jar benchmarks/duckdb/DuckQuery.java "SELECT ..." ...
 */
public final class DuckQuery {
  public static void main(String[] queries) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      for (String q : queries) {
        long t0 = System.nanoTime();
        try (ResultSet r = s.executeQuery(q)) {
          String v = r.next() ? r.getString(1) : "(no row)";
          System.out.printf("%s\t%.2f s%n", v, (System.nanoTime() - t0) / 1e9);
        }
      }
    }
  }
}
