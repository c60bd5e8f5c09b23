package io.bingescope.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvStyleTest {
  private static final List<String> FORMULAS =
      List.of("=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx");

  @Test
  void exact_writesFormulaNamesAsTheyAre() {
    assertThat(CsvStyle.EXACT.field("+1")).isEqualTo("+1");
    assertThat(CsvStyle.EXACT.field("-2")).isEqualTo("-2");
    assertThat(CsvStyle.EXACT.field("@SUM(A1)")).isEqualTo("@SUM(A1)");
    assertThat(CsvStyle.EXACT.field("=HYPERLINK(\"x\")")).isEqualTo("\"=HYPERLINK(\"\"x\"\")\"");
  }

  @Test
  void spreadsheetSafe_prefixesEveryOwaspFirstCharacterAndQuotesAsRfc4180Needs() {
    assertThat(CsvStyle.SPREADSHEET_SAFE.field("+1")).isEqualTo("'+1");
    assertThat(CsvStyle.SPREADSHEET_SAFE.field("-2")).isEqualTo("'-2");
    assertThat(CsvStyle.SPREADSHEET_SAFE.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvStyle.SPREADSHEET_SAFE.field("\tx")).isEqualTo("'\tx");
    assertThat(CsvStyle.SPREADSHEET_SAFE.field("\rx")).isEqualTo("\"'\rx\"");
    assertThat(CsvStyle.SPREADSHEET_SAFE.field("=HYPERLINK(\"x\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(CsvStyle.SPREADSHEET_SAFE.field("=a,b")).isEqualTo("\"'=a,b\"");
  }

  @Test
  void spreadsheetSafe_leavesOtherTextAsExact() {
    for (String s : List.of("", "a=b", " =x", "'=x", "Pilot", "x,y", "é+")) {
      assertThat(CsvStyle.SPREADSHEET_SAFE.field(s)).as(s).isEqualTo(CsvStyle.EXACT.field(s));
    }
  }

  @Test
  void spreadsheetSafe_matchesASimpleReferenceOnRandomText() {
    // Reference: prefix when the first character is one of OWASP's six, then RFC 4180 quoting.
    Random random = new Random(14);
    String alphabet = "=+-@\t\r\n,\"' ab1é|";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(6); i > 0; i--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      String text = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
      String expected = text.matches("(?s).*[,\"\r\n].*")
          ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
      assertThat(CsvStyle.SPREADSHEET_SAFE.field(s)).as("%s", s).isEqualTo(expected);
    }
  }

  @Test
  void rowSyntax_spreadsheetSafeTouchesStringsAndListsOnly() {
    for (String f : FORMULAS) {
      assertThat(text(RowSyntax.CSV.string(f))).isEqualTo(CsvStyle.EXACT.field(f));
      assertThat(text(RowSyntax.CSV_SPREADSHEET_SAFE.string(f)))
          .isEqualTo(CsvStyle.SPREADSHEET_SAFE.field(f));
    }
    assertThat(text(RowSyntax.CSV_SPREADSHEET_SAFE.list(List.of("-a", "b")))).isEqualTo("'-a|b");
    assertThat(text(RowSyntax.CSV_SPREADSHEET_SAFE.list(List.of()))).isEmpty();
    assertThat(RowSyntax.CSV_SPREADSHEET_SAFE.extension()).isEqualTo("csv");
  }

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
