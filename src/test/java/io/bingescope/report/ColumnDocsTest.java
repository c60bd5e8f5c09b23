package io.bingescope.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.analytics.MetricColumn;
import io.bingescope.io.MembersColumn;
import io.bingescope.io.TitlesColumn;
import io.bingescope.io.ViewsColumn;
import io.bingescope.model.Column;
import io.bingescope.model.ColumnType;
import io.bingescope.model.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The column tables of docs/output-format.md against the column model: every file's documented
 * columns are its declared ones, in order, with the documented type of each declared type.
 */
class ColumnDocsTest {

  @ParameterizedTest
  @CsvSource({"## Views, views", "## Titles, titles", "## Members, members",
      "## Metrics, metrics", "## Claims, claims", "## Scorecard, scorecard"})
  void docsTable_listsTheDeclaredColumnsAndTypes(String section, String file) throws IOException {
    Schema schema = switch (file) {
      case "views" -> ViewsColumn.SCHEMA;
      case "titles" -> TitlesColumn.SCHEMA;
      case "members" -> MembersColumn.SCHEMA;
      case "metrics" -> MetricColumn.SCHEMA;
      case "claims" -> ClaimColumn.SCHEMA;
      default -> ScorecardColumn.SCHEMA;
    };
    List<String> expected = new ArrayList<>();
    for (Column c : schema.columns()) {
      expected.add(c.name() + " | " + docType(c));
    }
    assertThat(documented(section)).as(section).isEqualTo(expected);
  }

  /** Returns "name | type" of each row of the first column table after {@code section}. */
  private static List<String> documented(String section) throws IOException {
    List<String> rows = new ArrayList<>();
    boolean in = false;
    for (String line : Files.readAllLines(Path.of("docs/output-format.md"))) {
      if (line.equals(section)) {
        in = true;
      } else if (in && line.startsWith("#")) {
        break;
      } else if (in && line.startsWith("| `")) {
        String[] cells = line.split("\\|");
        rows.add(cells[1].trim().replace("`", "") + " | " + cells[2].trim());
      }
    }
    return rows;
  }

  private static String docType(Column c) {
    return c.type() == ColumnType.LIST
        ? switch (c.element()) {
          case STRING -> "list of strings";
          case INT, LONG -> "list of integers";
          default -> "list";
        }
        : word(c.type());
  }

  private static String word(ColumnType t) {
    return switch (t) {
      case BOOLEAN -> "boolean";
      case INT, LONG -> "integer";
      case DOUBLE -> "decimal";
      case STRING -> "string";
      case DATE -> "date";
      case TIME_OF_DAY -> "time of day";
      case TIMESTAMP_UTC -> "instant";
      case TIMESTAMP_LOCAL -> "local date-time";
      case LIST, RECORD -> throw new IllegalArgumentException(t.name());
    };
  }
}
