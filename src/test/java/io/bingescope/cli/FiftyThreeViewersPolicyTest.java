package io.bingescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.publish.DiscreteLaplace;
import io.bingescope.publish.Noise;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** reproduce 53-viewers --policy: the tweet under each policy, from the same simulated count. */
class FiftyThreeViewersPolicyTest {
  private static final Pattern COUNT = Pattern.compile("simulated \\(counted from the views\\)\\s+([\\d,]+) members");
  private static final Pattern TWEET = Pattern.compile("\"To the (-?\\d+) people who've watched A Christmas Prince");

  private static Cli run(String policy, String... more) {
    String[] base = {"reproduce", "53-viewers", "--members", "2000", "-q", "--policy", policy};
    String[] args = java.util.Arrays.copyOf(base, base.length + ReproduceCommandTest.OVERRIDES.length + more.length);
    System.arraycopy(ReproduceCommandTest.OVERRIDES, 0, args, base.length, ReproduceCommandTest.OVERRIDES.length);
    System.arraycopy(more, 0, args, base.length + ReproduceCommandTest.OVERRIDES.length, more.length);
    Cli c = Cli.run(args);
    assertThat(c.exitCode()).as(c.err()).isZero();
    return c;
  }

  private static long group(Pattern p, String text) {
    Matcher m = p.matcher(text);
    assertThat(m.find()).as(text).isTrue();
    return Long.parseLong(m.group(1).replace(",", ""));
  }

  @Test
  void eachPolicy_writesTheTweetFromTheSimulatedCount() {
    Cli raw = run("raw");
    long count = group(COUNT, raw.out());
    assertThat(count).isGreaterThan(20);
    assertThat(group(TWEET, raw.out())).isEqualTo(count);
    assertThat(raw.out()).contains("advantage 1.000");

    Cli published = run("threshold:" + count);
    assertThat(group(TWEET, published.out())).isEqualTo(count);
    // at exactly the threshold, the count without the member would be withheld: the suppression itself tells
    assertThat(published.out()).contains("advantage 1.000");
    Cli suppressed = run("threshold:" + (count + 1));
    assertThat(suppressed.out()).contains("(no tweet: the count is under " + (count + 1) + ", so it is suppressed)")
        .doesNotContain("\"To the");
    // without the member the count is still under the threshold: both releases are the same withheld cell
    assertThat(suppressed.out()).contains("advantage 0.000");

    Cli dp = run("dp:epsilon=1", "--noise-seed", "7");
    long expected = count + new DiscreteLaplace(1, 1).sample(Noise.seeded(7).rng());
    assertThat(group(TWEET, dp.out())).isEqualTo(Math.max(0, expected));
    long q = new DiscreteLaplace(1, 1).halfWidth(0.95);
    assertThat(dp.out()).contains("95% interval of the true count: " + (expected - q) + ".." + (expected + q))
        .contains("not private: seeded noise").contains("advantage 0.462");
  }

  @Test
  void badPolicy_exitsTwoBeforeSimulating() {
    Cli c = Cli.run("reproduce", "53-viewers", "--members", "2000", "-q", "--policy", "dp:epsilon=zero");
    assertThat(c.exitCode()).isEqualTo(2);
    assertThat(c.err()).contains("--policy: expected raw, threshold:K");
  }
}
