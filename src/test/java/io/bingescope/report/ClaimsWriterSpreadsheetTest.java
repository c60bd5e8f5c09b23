package io.bingescope.report;

import io.bingescope.io.CsvStyle;
import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.infer.Claim;
import io.bingescope.infer.ClaimKind;
import io.bingescope.infer.Evidence;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimsWriterSpreadsheetTest {
  // A profile, value, statement and evidence that a spreadsheet would each run as a formula.
  private static final Claim CLAIM = new Claim(7, "=HYPERLINK(\"x\")", ClaimKind.HOME_ZONE, "-2",
      "@SUM(A1)", 0.25, List.of(new Evidence("+1", 1)));

  @Test
  void exact_writesTheTextAsItIs() throws IOException {
    assertThat(row(CsvStyle.EXACT)).isEqualTo(
        "7,\"=HYPERLINK(\"\"x\"\")\"," + ClaimKind.HOME_ZONE.code() + ",-2,0.250,@SUM(A1),+1");
  }

  @Test
  void spreadsheetSafe_prefixesTheTextFieldsAndLeavesNumbers() throws IOException {
    assertThat(row(CsvStyle.SPREADSHEET_SAFE)).isEqualTo("7,\"'=HYPERLINK(\"\"x\"\")\","
        + ClaimKind.HOME_ZONE.code() + ",'-2,0.250,'@SUM(A1),'+1");
  }

  private static String row(CsvStyle style) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ClaimsWriter w = new ClaimsWriter(out, false, style);
    w.append(List.of(CLAIM));
    w.flush();
    return out.toString(StandardCharsets.UTF_8).strip();
  }
}
