package io.bingescope.report;

import static io.bingescope.model.ColumnType.DOUBLE;
import static io.bingescope.model.ColumnType.INT;
import static io.bingescope.model.ColumnType.STRING;

import io.bingescope.infer.Claim;
import io.bingescope.infer.Evidence;
import io.bingescope.io.RowWriter;
import io.bingescope.model.Column;
import io.bingescope.model.Schema;
import java.util.function.Function;

/**
 * The columns of the claims file ({@code claims.csv}, {@code claims.jsonl}), one row per claim, in
 * file order: the one declaration of their names, types and values. Definitions in
 * docs/output-format.md#claims.
 */
public enum ClaimColumn implements Column.Declared {
  MEMBER_ID(Column.of("member_id", INT), Claim::memberId),
  PROFILE(Column.of("profile", STRING), Claim::profile),
  KIND(Column.of("kind", STRING), c -> c.kind().code()),
  VALUE(Column.of("value", STRING), Claim::value),
  CONFIDENCE(Column.of("confidence", DOUBLE).unit("share").decimals(3), Claim::confidence),
  STATEMENT(Column.of("statement", STRING), Claim::statement),
  /** In CSV the evidence texts alone; in JSON each with its figure (null when it has none). */
  EVIDENCE(
      Column.listOfRecords("evidence", Column.of("text", STRING),
          Column.of("figure", DOUBLE).asOptional()),
      c -> c.evidence().stream().map(Item::new).toList());

  /** The columns of the claims file, in order. */
  public static final Schema SCHEMA = Schema.of(ClaimColumn.class);

  /** An evidence as a list item. */
  private record Item(Evidence e) implements RowWriter.Item {
    @Override
    public Object field(int index) {
      return index == 0 ? e.text() : e.figure();
    }

    @Override
    public String csvText() {
      return e.text();
    }
  }

  private final Column column;
  private final Function<Claim, Object> value;

  ClaimColumn(Column column, Function<Claim, Object> value) {
    this.column = column;
    this.value = value;
  }

  @Override
  public Column column() {
    return column;
  }

  /** Returns the claim's values of every column, in order. */
  public static Object[] values(Claim claim) {
    return Schema.row(values(), c -> c.value.apply(claim));
  }

}
