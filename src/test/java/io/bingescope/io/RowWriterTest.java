package io.bingescope.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bingescope.model.Column;
import io.bingescope.model.ColumnType;
import io.bingescope.model.Schema;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RowWriterTest {
  private static final Column EVENTS =
      Column.listOfRecords("events", Column.of("kind", ColumnType.STRING),
          Column.of("start", ColumnType.DATE), Column.of("figure", ColumnType.DOUBLE).asOptional());

  private static final Schema SCHEMA = new Schema(List.of(
      Column.of("id", ColumnType.INT),
      Column.of("share", ColumnType.DOUBLE).decimals(4),
      Column.of("name", ColumnType.STRING).asOptional(),
      Column.of("at", ColumnType.TIMESTAMP_UTC),
      Column.of("local", ColumnType.TIMESTAMP_LOCAL),
      Column.of("bed", ColumnType.TIME_OF_DAY),
      Column.of("ok", ColumnType.BOOLEAN),
      Column.listOf("days", ColumnType.INT),
      Column.listOf("tags", ColumnType.STRING),
      EVENTS));

  private record Event(String kind, LocalDate start, double figure) implements RowWriter.Item {
    @Override
    public Object field(int index) {
      return switch (index) {
        case 0 -> kind;
        case 1 -> start;
        default -> figure;
      };
    }

    @Override
    public String csvText() {
      return kind + ":" + start;
    }
  }

  private static final Object[] ROW = {
    7, 0.12345, "a,b", Instant.ofEpochSecond(1_512_159_300L),
    LocalDateTime.of(2017, 12, 1, 21, 15, 0), LocalTime.of(23, 5), true, List.of(1, 5),
    List.of("x|y", "=z"),
    List.of(new Event("move", LocalDate.of(2018, 1, 2), 1.5),
        new Event("job", LocalDate.of(2018, 2, 3), Double.NaN))
  };

  @Test
  void csv_spellsEachTypeOneWay_andRewritesTheListSeparatorInItems() {
    RowWriter w = RowWriter.csv(SCHEMA, CsvStyle.EXACT);
    assertThat(text(w.header())).isEqualTo("id,share,name,at,local,bed,ok,days,tags,events\n");
    assertThat(row(w, ROW)).isEqualTo("7,0.1235,\"a,b\",2017-12-01T20:15:00Z,2017-12-01T21:15:00,"
        + "23:05,true,1|5,x/y|=z,move:2018-01-02|job:2018-02-03\n");
  }

  @Test
  void csvSpreadsheetSafe_prefixesFormulaTextOnly() {
    RowWriter w = RowWriter.csv(SCHEMA, CsvStyle.SPREADSHEET_SAFE);
    Object[] r = ROW.clone();
    r[2] = "-1";
    r[8] = List.of("=z");
    assertThat(row(w, r)).startsWith("7,0.1235,'-1,").contains(",'=z,");
  }

  @Test
  void jsonl_writesNumbersBareTextQuotedAndListsAsArrays() {
    RowWriter w = RowWriter.jsonl(SCHEMA);
    assertThat(w.header()).isEmpty();
    Object[] r = ROW.clone();
    r[2] = null;
    assertThat(row(w, r)).isEqualTo("{\"id\":7,\"share\":0.1235,\"name\":null,"
        + "\"at\":\"2017-12-01T20:15:00Z\",\"local\":\"2017-12-01T21:15:00\",\"bed\":\"23:05\","
        + "\"ok\":true,\"days\":[1,5],\"tags\":[\"x|y\",\"=z\"],\"events\":["
        + "{\"kind\":\"move\",\"start\":\"2018-01-02\",\"figure\":1.5},"
        + "{\"kind\":\"job\",\"start\":\"2018-02-03\",\"figure\":null}]}\n");
  }

  @Test
  void append_refusesAMissingRequiredValueOrAWrongCount() {
    RowWriter w = RowWriter.csv(SCHEMA, CsvStyle.EXACT);
    Object[] r = ROW.clone();
    r[0] = null;
    assertThatThrownBy(() -> row(w, r)).hasMessageContaining("column id has no value");
    assertThatThrownBy(() -> row(w, new Object[] {1})).hasMessageContaining("1 values for 10");
  }

  @Test
  void fixed_matchesBigDecimalHalfUp_onSeededRandomValues() {
    SplittableRandom random = new SplittableRandom(15);
    for (int i = 0; i < 100_000; i++) {
      double v = random.nextInt(4) == 0 ? random.nextInt(1000) / 8.0 : random.nextDouble() * 1e4;
      int decimals = random.nextInt(5);
      String expected = new java.math.BigDecimal(Math.round(v * Math.pow(10, decimals)))
          .movePointLeft(decimals).toPlainString();
      assertThat(RowWriter.fixed(v, decimals)).as("%s to %d", v, decimals).isEqualTo(expected);
    }
  }

  private static String row(RowWriter w, Object[] values) {
    ByteBuf b = new ByteBuf();
    w.append(values, b);
    return text(b.toByteArray());
  }

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
