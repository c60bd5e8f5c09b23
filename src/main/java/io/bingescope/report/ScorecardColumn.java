package io.bingescope.report;

import static io.bingescope.model.ColumnType.DOUBLE;
import static io.bingescope.model.ColumnType.LONG;
import static io.bingescope.model.ColumnType.STRING;

import io.bingescope.infer.Score;
import io.bingescope.model.Column;
import io.bingescope.model.Schema;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The columns of {@code scorecard.csv}, one row per kind of claim scored, in file order: the one
 * declaration of their names, types and values. Definitions in docs/output-format.md#scorecard.
 */
public enum ScorecardColumn implements Column.Declared {
  KIND(Column.of("kind", STRING), s -> s.kind().code()),
  MEMBERS(count("members"), Score::members),
  CLAIMED(count("claimed"), Score::claimed),
  TRUE_POSITIVES(count("true_positives"), Score::truePositives),
  FALSE_POSITIVES(count("false_positives"), Score::falsePositives),
  FALSE_NEGATIVES(count("false_negatives"), Score::falseNegatives),
  TRUE_NEGATIVES(count("true_negatives"), Score::trueNegatives),
  PRECISION(share("precision"), s -> orNull(s.precision())),
  RECALL(share("recall"), s -> orNull(s.recall())),
  ACCURACY(share("accuracy"), s -> orNull(s.accuracy()));

  /** The columns of the scorecard, in order. */
  public static final Schema SCHEMA = Schema.of(ScorecardColumn.class);

  private final Column column;
  private final Function<Score, Object> value;

  ScorecardColumn(Column column, Function<Score, Object> value) {
    this.column = column;
    this.value = value;
  }

  @Override
  public Column column() {
    return column;
  }

  /** Returns the score's values of every column, in order; a share that is 0/0 is null. */
  public static Object[] values(Score score) {
    return Schema.row(values(), c -> c.value.apply(score));
  }

  private static Column count(String name) {
    return Column.of(name, LONG).unit("members");
  }

  /** A share, empty when undefined (0/0). */
  private static Column share(String name) {
    return Column.of(name, DOUBLE).unit("share").decimals(4).asOptional();
  }

  private static Object orNull(OptionalDouble share) {
    return share.isPresent() ? share.getAsDouble() : null;
  }
}
