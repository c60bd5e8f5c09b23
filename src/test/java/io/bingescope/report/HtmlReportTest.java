package io.bingescope.report;

import static io.bingescope.report.Views.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.analytics.MemberMetrics;
import io.bingescope.analytics.MetricOptions;
import io.bingescope.infer.Claim;
import io.bingescope.infer.ClaimKind;
import io.bingescope.infer.Evidence;
import io.bingescope.infer.Score;
import io.bingescope.infer.Scorecard;
import io.bingescope.model.History;
import io.bingescope.model.Observed;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class HtmlReportTest {
  private static final LocalDate FIRST = LocalDate.of(2017, 11, 13);
  private static final LocalDate LAST = LocalDate.of(2017, 11, 26);
  private static final String SCRIPT = "<script>alert(1)</script>";

  private final Views watcher =
      new Views(7)
          .view(Views.HOSTILE_FILM, at(2017, 11, 14, 23, 30), 80)
          .view(1, Views.EPISODE_1, at(2017, 11, 15, 9, 0), 22 * 60,
              io.bingescope.model.Supplemental.NONE);
  private final History seven = watcher.history();
  private final History eight =
      new Views(8).view(Views.FILM, at(2017, 11, 20, 20, 0), 90).history();

  private HtmlReport report(List<Claim> claimsOfSeven, Optional<Scorecard> scorecard) {
    return report(claimsOfSeven, scorecard, Observed.EVERYTHING);
  }

  private HtmlReport report(
      List<Claim> claimsOfSeven, Optional<Scorecard> scorecard, Observed observed) {
    Overview overview = new Overview(Views.CATALOG);
    MemberMetrics m = new MemberMetrics();
    for (History h : List.of(seven, eight)) {
      overview.add(h, m.compute(h, Views.CATALOG, FIRST, LAST));
    }
    List<HtmlReport.MemberPage> pages =
        List.of(
            new HtmlReport.MemberPage(
                new SelectedMember(seven, List.of("Ana " + SCRIPT, "Kids"), List.of("a test")),
                claimsOfSeven),
            new HtmlReport.MemberPage(
                new SelectedMember(eight, List.of("Sam"), List.of()), List.of()));
    return new HtmlReport(
        new HtmlReport.Context("out/<dir>", FIRST, LAST, MetricOptions.DEFAULTS, Views.CATALOG,
            watcher.vocabulary(), observed, "9.9-test"),
        overview, pages, scorecard);
  }

  private static Document parse(String html) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new InputSource(new StringReader(html)));
  }

  private static final Claim HOSTILE_CLAIM =
      new Claim(7, "Ana " + SCRIPT, ClaimKind.DISRUPTED_SLEEP, "true",
          "Watches after midnight: " + SCRIPT, 0.8,
          List.of(Evidence.of("a view of " + SCRIPT + " at 23:30"), new Evidence("12 nights", 12)));

  @Test
  void pageIsWellFormedWithNoScriptAndEveryDataStringAsText() throws Exception {
    String html = report(List.of(HOSTILE_CLAIM), Optional.empty()).html();
    Document doc = parse(html);
    assertThat(doc.getElementsByTagName("script").getLength()).isZero();
    assertThat(doc.getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo("bingescope report: out/<dir>");
    String text = doc.getDocumentElement().getTextContent();
    assertThat(text)
        .contains(Views.HOSTILE) // a title
        .contains("Ana " + SCRIPT) // a profile
        .contains("TV <b>") // a device
        .contains("Watches after midnight: " + SCRIPT)
        .contains("a view of " + SCRIPT + " at 23:30");
    assertThat(doc.getElementsByTagName("b").getLength()).isZero();
    assertThat(html).doesNotContain("<script").doesNotContain("<b>");
    Element csp = (Element) doc.getElementsByTagName("meta").item(1);
    assertThat(csp.getAttribute("content")).startsWith("default-src 'none'");
  }

  @Test
  void everyChartIsAnSvgWithATitleAndADataTable() throws Exception {
    HtmlReport r = report(List.of(), Optional.empty());
    Document doc = parse(r.html());
    NodeList svgs = doc.getElementsByTagName("svg");
    assertThat(r.charts().keySet())
        .containsExactly("weekday-hour", "weekly-hours", "binge-sittings", "streak-days",
            "member-7-calendar", "member-8-calendar");
    assertThat(svgs.getLength()).isEqualTo(r.charts().size());
    List<String> titles = new ArrayList<>();
    for (int i = 0; i < svgs.getLength(); i++) {
      Element svg = (Element) svgs.item(i);
      assertThat(svg.getAttribute("role")).isEqualTo("img");
      assertThat(svg.getElementsByTagName("rect").getLength()).as("background and a bar at least")
          .isGreaterThanOrEqualTo(2);
      titles.add(svg.getElementsByTagName("title").item(0).getTextContent());
      Element figure = (Element) svg.getParentNode().getParentNode();
      assertThat(figure.getTagName()).isEqualTo("figure");
      assertThat(figure.getElementsByTagName("table").getLength()).isEqualTo(1);
    }
    assertThat(titles).contains("Member 7: minutes watched by day and hour");
    // The weekday table holds the hours of the heatmap: 30 min on Tuesday 23:00.
    Element weekdays = (Element) doc.getElementsByTagName("table").item(0);
    Element tuesday = (Element) weekdays.getElementsByTagName("tr").item(2);
    assertThat(tuesday.getElementsByTagName("th").item(0).getTextContent()).isEqualTo("Tue");
    assertThat(tuesday.getElementsByTagName("td").item(23).getTextContent()).isEqualTo("0.5");
  }

  @Test
  void membersWithoutClaimsSayNoClaimsComputed() throws Exception {
    String text = parse(report(List.of(HOSTILE_CLAIM), Optional.empty()).html())
        .getDocumentElement().getTextContent();
    assertThat(text).containsOnlyOnce("No claims computed for this member.");
    assertThat(text).contains("disrupted sleep (profile Ana " + SCRIPT + ")")
        .contains("confidence 80%").contains("12 nights");
    String none = parse(report(List.of(), Optional.empty()).html()).getDocumentElement()
        .getTextContent();
    assertThat(none.split("No claims computed for this member\\.", -1)).hasSize(3);
    assertThat(none).contains("No scorecard computed");
  }

  @Test
  void scorecardTableShowsCountsAndShares() throws Exception {
    Scorecard card =
        new Scorecard(
            List.of(
                new Score(ClaimKind.SLEEP_WINDOW, 10, 2, 1, 3, 4),
                new Score(ClaimKind.HOME_ZONE, 5, 0, 0, 0, 5)));
    Document doc = parse(report(List.of(), Optional.of(card)).html());
    Element section = section(doc, "scorecard");
    NodeList rows = section.getElementsByTagName("tr");
    assertThat(rows.getLength()).isEqualTo(3);
    assertThat(cells((Element) rows.item(1)))
        .containsExactly("sleep window", "10", "3", "2", "1", "3", "4", "66.7%", "40.0%", "60.0%");
    assertThat(cells((Element) rows.item(2)))
        .containsExactly("home time zone", "5", "0", "0", "0", "0", "5", "n/a", "n/a", "100.0%");
    assertThat(section.getTextContent()).doesNotContain("No scorecard");
  }

  @Test
  void writesTheSamePageAsUtf8() throws Exception {
    HtmlReport r = report(List.of(HOSTILE_CLAIM), Optional.empty());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    r.write(out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(r.html()).contains("Ünïcödé");
  }

  @Test
  void datesOnlyInput_replacesChartsNeedingTimesOrDurationsWithANote() throws Exception {
    HtmlReport r = report(List.of(HOSTILE_CLAIM), Optional.empty(), Observed.DATES_ONLY);
    assertThat(r.charts().keySet())
        .containsExactly("streak-days", "member-7-days", "member-8-days");
    String html = r.html();
    Document doc = parse(html);
    assertThat(doc.getElementsByTagName("svg").getLength()).isEqualTo(3);
    assertThat(html).doesNotContain("chart-weekday-hour").doesNotContain("-calendar")
        .doesNotContain("watched longest");
    String note = "unavailable: this input records only the date of each view"
        + " (Netflix's simple viewing history)";
    Element overviewSection = section(doc, "overview");
    for (String id : List.of("fig-weekday-hour", "fig-weekly-hours", "fig-binge-sittings")) {
      assertThat(figure(overviewSection, id).getTextContent()).as(id).contains(note);
    }
    Element seven = section(doc, "member-7");
    String text = seven.getTextContent();
    assertThat(text).contains("viewing hours" + "unavailable: needs durations")
        .contains("share of viewing at night (00:00-05:00)unavailable: needs times of day")
        .contains("views (trailers and hooks not counted)2")
        // The disrupted-sleep claim rests on times of day: withheld, and said so.
        .doesNotContain("Watches after midnight")
        .contains("Claims not shown: sleep window (needs times of day")
        // Every kind the input cannot support is named, not only those that made a claim.
        .contains("disrupted sleep (needs times of day").contains("life event (needs times of day")
        .contains("binge racing (needs release dates");
    // The day calendar counts each view on the day it starts: Tue 14 Nov and Wed 15 Nov.
    Element days = figure(seven, "fig-member-7-days");
    NodeList rows = days.getElementsByTagName("tr");
    List<String> counted = new ArrayList<>();
    for (int i = 1; i < rows.getLength(); i++) {
      List<String> c = cells((Element) rows.item(i));
      if (!c.get(1).equals("0")) {
        counted.add(c.get(0) + "=" + c.get(1));
      }
    }
    assertThat(counted).containsExactly("2017-11-14 Tue=1", "2017-11-15 Wed=1");
  }

  @Test
  void netflixActivity_drawsEveryChartAndWithholdsOnlyReleaseDateClaims() throws Exception {
    Claim racer = new Claim(7, "Ana", ClaimKind.BINGE_RACING, "true", "Raced a season", 1,
        List.of());
    HtmlReport r = report(List.of(HOSTILE_CLAIM, racer), Optional.empty(),
        Observed.NETFLIX_ACTIVITY);
    assertThat(r.charts()).hasSize(6).containsKey("member-7-calendar");
    String text = parse(r.html()).getDocumentElement().getTextContent();
    assertThat(text).doesNotContain("unavailable").contains("Watches after midnight")
        .doesNotContain("Raced a season")
        .contains("Claims not shown: binge racing (needs release dates");
  }

  private static Element figure(Element in, String id) {
    NodeList figures = in.getElementsByTagName("figure");
    for (int i = 0; i < figures.getLength(); i++) {
      Element f = (Element) figures.item(i);
      if (f.getAttribute("id").equals(id)) {
        return f;
      }
    }
    throw new AssertionError("no figure " + id);
  }

  private static Element section(Document doc, String id) {
    NodeList sections = doc.getElementsByTagName("section");
    for (int i = 0; i < sections.getLength(); i++) {
      Element s = (Element) sections.item(i);
      if (s.getAttribute("id").equals(id)) {
        return s;
      }
    }
    throw new AssertionError("no section " + id);
  }

  private static List<String> cells(Element row) {
    List<String> out = new ArrayList<>();
    NodeList children = row.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element e) {
        out.add(e.getTextContent());
      }
    }
    return out;
  }
}
