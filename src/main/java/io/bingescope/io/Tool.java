package io.bingescope.io;

import java.io.IOException;
import java.io.InputStream;
import java.time.zone.ZoneRulesProvider;
import java.util.Properties;

/** What identifies the running tool in its outputs: its name, its version and the JDK's time-zone data. */
public final class Tool {
  /** The tool's name, as every manifest's {@code tool} field holds it. */
  public static final String NAME = "bingescope";

  private Tool() {}

  /** Returns the tool version from the build ({@code dev} when run from unpackaged classes). */
  public static String version() {
    try (InputStream in = Tool.class.getResourceAsStream("/io/bingescope/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }

  /**
   * Returns the version of the JDK's time-zone database (e.g. {@code 2025a}): local times, and so
   * simulated and imported views, depend on it, so two runs match byte for byte only with the same.
   */
  public static String tzdataVersion() {
    return ZoneRulesProvider.getVersions("UTC").lastKey();
  }
}
