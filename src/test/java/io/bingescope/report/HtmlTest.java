package io.bingescope.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.SplittableRandom;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class HtmlTest {

  @Test
  void escapesAScriptTagAsText() {
    assertThat(Html.text("<script>alert(1)</script>"))
        .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  void escapesAmpersandsAndBothQuotes() {
    assertThat(Html.text("Tom & Jerry")).isEqualTo("Tom &amp; Jerry");
    assertThat(Html.attribute("say \"hi\" or 'bye'"))
        .isEqualTo("say &quot;hi&quot; or &#39;bye&#39;");
    assertThat(Html.text("&amp;")).isEqualTo("&amp;amp;");
  }

  @Test
  void keepsNonAsciiAndSurrogatePairs() {
    String s = "Amélie · 北京 · 🎬 · Ünïcödé";
    assertThat(Html.text(s)).isSameAs(s);
    assertThat(Html.attribute(s)).isEqualTo(s);
  }

  @Test
  void replacesCharactersXmlForbids() {
    assertThat(Html.text("a\u0000b\u001Bc\uFFFEd")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd");
    assertThat(Html.text("lone \uD83C high")).isEqualTo("lone \uFFFD high");
    assertThat(Html.text("lone \uDFAC low")).isEqualTo("lone \uFFFD low");
    assertThat(Html.text("tab\tline\nreturn\r")).isEqualTo("tab\tline\nreturn\r");
  }

  @Test
  void keepsLineBreaksInAttributesAsReferences() {
    assertThat(Html.attribute("a\nb\tc\rd")).isEqualTo("a&#10;b&#9;c&#13;d");
  }

  @Test
  void escapedTextAndAttributesParseBackToTheOriginal_manyRandomStrings() throws Exception {
    // The oracle is an XML parser: whatever the string, escaped text and attribute values read
    // back as exactly the string (with the characters XML forbids replaced), never as markup.
    SplittableRandom random = new SplittableRandom(20_171_210);
    char[] alphabet =
        "<>&\"'=/ ab\n\t\r\u0000\u001F\u00E9\u4E2D\uD83C\uDFAC\uFFFE;#x".toCharArray();
    var builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
    for (int n = 0; n < 2_000; n++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(30);
      for (int i = 0; i < length; i++) {
        s.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String original = s.toString();
      String xml = "<a title=\"" + Html.attribute(original) + "\" alt='" + Html.attribute(original)
          + "'>" + Html.text(original) + "</a>";
      Element a =
          builder.parse(new InputSource(new StringReader(xml))).getDocumentElement();
      String expected = sanitized(original);
      assertThat(a.getAttribute("title")).as("attribute of %s", xml).isEqualTo(expected);
      assertThat(a.getAttribute("alt")).as("attribute of %s", xml).isEqualTo(expected);
      // XML reads a carriage return in content as a line feed.
      assertThat(a.getTextContent()).as("text of %s", xml)
          .isEqualTo(expected.replace("\r\n", "\n").replace('\r', '\n'));
      assertThat(a.getChildNodes().getLength()).isLessThanOrEqualTo(1);
    }
  }

  /** The reference: each UTF-16 unit or valid pair kept unless XML 1.0 forbids it. */
  private static String sanitized(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || Character.isSurrogate(c)
          || c == '\uFFFE' || c == '\uFFFF') {
        b.append('\uFFFD');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
