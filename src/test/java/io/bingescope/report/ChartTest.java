package io.bingescope.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class ChartTest {
  private static final String SVG_NS = "http://www.w3.org/2000/svg";

  private static Heatmap heatmap(String rowName) {
    double[] values = new double[3 * 4];
    for (int i = 0; i < values.length; i++) {
      values[i] = i % 5 == 0 ? 0 : i * 1.5;
    }
    return new Heatmap("Heat " + Views.HOSTILE, "A test heatmap", List.of(rowName, "two", "three"),
        1, List.of("a", "b", "c", "d"), 1, values, "h", 1, 20, 16);
  }

  private static BarChart bars() {
    return new BarChart("Bars", "A test bar chart", List.of("0", "1-2", Views.HOSTILE, "9+"),
        new long[] {5, 0, 17, 3}, "bins", "members");
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }

  @Test
  void svgIsWellFormedXmlWithTitleDescriptionAndOneRectPerCell() throws Exception {
    Heatmap chart = heatmap(Views.HOSTILE);
    Document doc = parse(chart.svg("t1"));
    Element svg = doc.getDocumentElement();
    assertThat(svg.getNamespaceURI()).isEqualTo(SVG_NS);
    assertThat(svg.getAttribute("role")).isEqualTo("img");
    assertThat(svg.getAttribute("width")).isEqualTo(Integer.toString(chart.width()));
    assertThat(svg.getAttribute("height")).isEqualTo(Integer.toString(chart.height()));
    Element title = (Element) svg.getElementsByTagNameNS(SVG_NS, "title").item(0);
    assertThat(title.getTextContent()).isEqualTo(chart.title());
    assertThat(title.getAttribute("id")).isEqualTo("t1-title");
    assertThat(svg.getAttribute("aria-labelledby")).isEqualTo("t1-title");
    assertThat(svg.getElementsByTagNameNS(SVG_NS, "desc").item(0).getTextContent())
        .isEqualTo("A test heatmap");
    assertThat(svg.getElementsByTagNameNS(SVG_NS, "script").getLength()).isZero();
    List<Element> cells = rectsWithTooltip(doc);
    assertThat(cells).hasSize(12);
    // The hostile row name is the first row's label and tooltips: text, never an element.
    assertThat(cells.get(0).getTextContent()).isEqualTo(Views.HOSTILE + ", a: 0.0 h");
    assertThat(cells.get(5).getTextContent()).isEqualTo("two, b: 0.0 h");
    assertThat(cells.get(6).getTextContent()).isEqualTo("two, c: 9.0 h");
    List<String> texts = new ArrayList<>();
    NodeList t = doc.getElementsByTagNameNS(SVG_NS, "text");
    for (int i = 0; i < t.getLength(); i++) {
      texts.add(t.item(i).getTextContent());
    }
    assertThat(texts).contains("Heat " + Views.HOSTILE, Views.HOSTILE, "0.0 h", "16.5 h");
  }

  @Test
  void heatmapShadesZeroApartAndTheLargestValueDarkest() throws Exception {
    Heatmap chart = heatmap("one");
    List<Element> cells = rectsWithTooltip(parse(chart.svg("x")));
    assertThat(chart.max()).isEqualTo(16.5);
    assertThat(cells.get(0).getAttribute("fill")).isEqualTo(hex(Palette.EMPTY));
    assertThat(cells.get(11).getAttribute("fill")).isEqualTo(hex(0x800026));
    assertThat(cells.get(1).getAttribute("fill")).isNotEqualTo(hex(Palette.EMPTY));
  }

  @Test
  void barChartSvgHasABarPerNonEmptyBinWithItsCount() throws Exception {
    BarChart chart = bars();
    List<Element> bars = rectsWithTooltip(parse(chart.svg("b")));
    assertThat(bars).hasSize(3);
    assertThat(bars.get(1).getTextContent())
        .isEqualTo(Views.HOSTILE + " bins: 17 members (68.0%)");
    double h17 = Double.parseDouble(bars.get(1).getAttribute("height"));
    double h5 = Double.parseDouble(bars.get(0).getAttribute("height"));
    assertThat(h17 / h5).isCloseTo(17.0 / 5, org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void axisTopIsTheSmallestNiceNumberAtOrAboveTheLargestCount() {
    long[][] expected = {
      {0, 4}, {4, 4}, {5, 8}, {9, 20}, {20, 20}, {21, 40}, {41, 60}, {61, 80}, {81, 100},
      {101, 200}, {1_325, 2_000}, {4_165, 6_000}, {8_001, 10_000}, {12_345, 20_000}
    };
    for (long[] e : expected) {
      assertThat(BarChart.niceTop(e[0])).as("top for %d", e[0]).isEqualTo(e[1]);
    }
    // Always a whole step, at least n, and the next smaller step would not reach n.
    for (long n = 0; n < 100_000; n += 7) {
      long top = BarChart.niceTop(n);
      assertThat(top).isGreaterThanOrEqualTo(n).isLessThanOrEqualTo(Math.max(4, 3 * n));
      assertThat(top % 4).isZero();
    }
  }

  @Test
  void pngDecodesAtTheChartsSizeTimesScaleWithSomethingDrawn() throws Exception {
    for (Chart chart : List.of(heatmap("one"), bars())) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      assertThat(ImageIO.write(chart.image(2), "png", bytes)).isTrue();
      BufferedImage png = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
      assertThat(png.getWidth()).isEqualTo(chart.width() * 2);
      assertThat(png.getHeight()).isEqualTo(chart.height() * 2);
      Set<Integer> colours = new HashSet<>();
      long nonWhite = 0;
      for (int y = 0; y < png.getHeight(); y++) {
        for (int x = 0; x < png.getWidth(); x++) {
          int rgb = png.getRGB(x, y) & 0xFFFFFF;
          colours.add(rgb);
          nonWhite += rgb == 0xFFFFFF ? 0 : 1;
        }
      }
      assertThat(colours).as(chart.title()).hasSizeGreaterThan(10);
      assertThat(nonWhite).as(chart.title()).isGreaterThan(png.getWidth() * png.getHeight() / 50);
    }
  }

  @Test
  void pngHasTheSvgsColourAtTheCentreOfEveryRectangle() throws Exception {
    // The two backends share one drawing: every filled rectangle of the SVG is in the PNG, in
    // the same place and colour.
    for (Chart chart : List.of(heatmap("one"), bars())) {
      BufferedImage png = chart.image(2);
      NodeList rects = parse(chart.svg("c")).getElementsByTagNameNS(SVG_NS, "rect");
      assertThat(rects.getLength()).isGreaterThan(3);
      for (int i = 1; i < rects.getLength(); i++) {
        Element r = (Element) rects.item(i);
        double x = Double.parseDouble(r.getAttribute("x"));
        double y = Double.parseDouble(r.getAttribute("y"));
        double w = Double.parseDouble(r.getAttribute("width"));
        double h = Double.parseDouble(r.getAttribute("height"));
        int rgb = png.getRGB((int) ((x + w / 2) * 2), (int) ((y + h / 2) * 2)) & 0xFFFFFF;
        assertThat(hex(rgb)).as("%s rect %d", chart.title(), i).isEqualTo(r.getAttribute("fill"));
      }
    }
  }

  private static List<Element> rectsWithTooltip(Document doc) {
    List<Element> out = new ArrayList<>();
    NodeList rects = doc.getElementsByTagNameNS(SVG_NS, "rect");
    for (int i = 0; i < rects.getLength(); i++) {
      Element r = (Element) rects.item(i);
      if (r.getElementsByTagNameNS(SVG_NS, "title").getLength() == 1) {
        out.add(r);
      }
    }
    return out;
  }

  private static String hex(int rgb) {
    return String.format("#%06x", rgb);
  }
}
