package io.bingescope.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.cli.Main;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens a real report in headless Chromium (docs/report.md): it renders its charts, shows a hostile
 * title as text, runs no script, logs nothing to the console, and its screenshot is a picture.
 */
class ReportBrowserTest {
  private static final String HOSTILE = "<script>alert(1)</script>";

  @TempDir Path tmp;

  @Test
  void reportRendersInChromiumWithChartsAndNoConsoleMessages() throws Exception {
    Chromium chromium = Chromium.require(tmp.resolve("profile"));
    Path out = tmp.resolve("out");
    Path html = tmp.resolve("report.html");
    cli("simulate", "tiny", "-q", "-o", out.toString(),
        "--set", "catalog.titles[1].series=" + HOSTILE);
    cli("report", out.toString(), "--html", html.toString(), "-q");

    // The console check can fail: a page that logs an error is seen.
    Path probe = Files.writeString(tmp.resolve("probe.html"),
        "<!DOCTYPE html><title>probe</title><script>console.error('bingescope-probe')</script>");
    assertThat(chromium.run(probe, tmp, "--dump-dom").console())
        .anyMatch(l -> l.contains("bingescope-probe"));

    Chromium.Run dom = chromium.run(html, tmp, "--dump-dom");
    assertThat(dom.console()).as("console messages of the report").isEmpty();
    String d = dom.stdout();
    assertThat(d).contains("<h1>bingescope report</h1>");
    assertThat(count(d, "<svg")).isEqualTo(count(Files.readString(html), "<svg"))
        .isGreaterThanOrEqualTo(5);
    assertThat(count(d, "<rect")).isGreaterThan(7 * 24);
    assertThat(d).doesNotContainPattern(Pattern.compile("<script", Pattern.CASE_INSENSITIVE));
    // Chromium serialises text with < and > escaped: the title arrived as text, not as markup.
    assertThat(d).contains("&lt;script&gt;alert(1)&lt;/script&gt;");

    Path shot = tmp.resolve("shot.png");
    Chromium.Run screenshot = chromium.run(html, tmp, "--hide-scrollbars",
        "--window-size=1200,1600", "--screenshot=" + shot);
    assertThat(screenshot.console()).isEmpty();
    BufferedImage image = ImageIO.read(shot.toFile());
    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(image.getHeight()).isEqualTo(1600);
    Set<Integer> colours = new HashSet<>();
    boolean bar = false;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        bar |= rgb == Palette.BAR;
      }
    }
    assertThat(colours).as("colours in the screenshot").hasSizeGreaterThan(50);
    assertThat(bar).as("the bar charts' colour is on screen").isTrue();

    // Netflix's simple history: the charts it can support render, the others are a note.
    Path simple = tmp.resolve("simple.html");
    cli("report", "src/test/resources/netflix/NetflixViewingHistory-us.csv", "--html",
        simple.toString(), "-q");
    Chromium.Run dates = chromium.run(simple, tmp, "--dump-dom");
    assertThat(dates.console()).as("console messages of the simple history's report").isEmpty();
    assertThat(count(dates.stdout(), "<svg")).isEqualTo(count(Files.readString(simple), "<svg"))
        .isEqualTo(2);
    assertThat(dates.stdout()).contains("id=\"chart-member-0-days\"")
        .contains("this input records only the date of each view");
  }

  private static void cli(String... args) {
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
    assertThat(code).as(err.toString()).isZero();
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
