package io.bingescope.report;

import io.bingescope.reid.Setting;
import io.bingescope.reid.UnicityRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * The unicity curve: unicity against the points known, one line per setting (choice and date tolerance), each
 * point with its Wilson 95% interval; written as a standalone SVG file or a PNG file, one drawing.
 */
public final class UnicityChart {
  /** The text in the head of every SVG this writes, by which --force knows it as bingescope's. */
  public static final String SVG_MARK = "id=\"bingescope-unicity\"";
  /** The text in the head of every PNG this writes (a tEXt chunk right after the header). */
  public static final String PNG_MARK = "bingescope unicity chart";

  private UnicityChart() {}

  /** Returns the chart of the rows. */
  public static LineChart chart(List<UnicityRow> rows) {
    Map<Setting, List<UnicityRow>> bySetting = new LinkedHashMap<>();
    for (UnicityRow r : rows) {
      bySetting.computeIfAbsent(r.setting(), s -> new ArrayList<>()).add(r);
    }
    List<LineChart.Series> series = new ArrayList<>();
    for (Map.Entry<Setting, List<UnicityRow>> e : bySetting.entrySet()) {
      List<UnicityRow> rs = e.getValue();
      double[] x = new double[rs.size()];
      double[] y = new double[rs.size()];
      double[] lo = new double[rs.size()];
      double[] hi = new double[rs.size()];
      for (int i = 0; i < rs.size(); i++) {
        x[i] = rs.get(i).p();
        y[i] = rs.get(i).unicity();
        lo[i] = rs.get(i).low();
        hi[i] = rs.get(i).high();
      }
      Setting s = e.getKey();
      String date = s.toleranceDays() == Setting.UNKNOWN ? "date unknown"
          : s.toleranceDays() == 0 ? "exact date" : "date +-" + s.toleranceDays() + " d";
      series.add(new LineChart.Series(s.choice().label() + ", " + date, x, y, lo, hi));
    }
    return new LineChart("Unicity: members singled out by p known points",
        "The share of sampled targets who are the only member matching p of their points, for each way of choosing"
            + " the points and each date precision, with Wilson 95% intervals.",
        series, "points known (p)", "targets alone in their anonymity set");
  }

  /** Writes the chart as a standalone SVG file. */
  public static void svg(List<UnicityRow> rows, OutputStream out) throws IOException {
    String svg = chart(rows).svg("bingescope-unicity");
    out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg).getBytes(StandardCharsets.UTF_8));
  }

  /** Writes the chart as a PNG file at twice the SVG's size, with the mark in a tEXt chunk. */
  public static void png(List<UnicityRow> rows, OutputStream out) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    ImageIO.write(chart(rows).image(2), "png", b);
    byte[] png = b.toByteArray();
    // The signature (8 bytes) and the IHDR chunk (25 bytes) come first; the tEXt chunk goes right after.
    int at = 8 + 25;
    byte[] text = ("Software\0" + PNG_MARK).getBytes(StandardCharsets.ISO_8859_1);
    byte[] type = "tEXt".getBytes(StandardCharsets.ISO_8859_1);
    CRC32 crc = new CRC32();
    crc.update(type);
    crc.update(text);
    out.write(png, 0, at);
    out.write(int32(text.length));
    out.write(type);
    out.write(text);
    out.write(int32((int) crc.getValue()));
    out.write(png, at, png.length - at);
  }

  private static byte[] int32(int v) {
    return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
  }
}
