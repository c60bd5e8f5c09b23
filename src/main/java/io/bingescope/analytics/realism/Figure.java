package io.bingescope.analytics.realism;

/**
 * A behaviour figure that {@code realism} measures on a population and sets beside a published value. Each is
 * defined once here (its id in the targets file, what it is, its unit, and whether it needs the hidden truth);
 * docs/realism.md says how each is computed and where its published value comes from.
 */
public enum Figure {
  V1("V1", "hours per member per day", Unit.HOURS, false),
  V3("V3", "heaviest fifth's share of hours", Unit.SHARE, false),
  S8_8H("S8-8h", "members with a sitting of 8 h or more", Unit.SHARE, false),
  S8_12H("S8-12h", "members with a sitting of 12 h or more", Unit.SHARE, false),
  S8_24H("S8-24h", "sittings of 24 h or more", Unit.COUNT, false),
  S3("S3", "episodes per binge sitting", Unit.NUMBER, false),
  S3_HOURS("S3-hours", "hours per binge sitting", Unit.HOURS, false),
  T2("T2", "busiest local hour (viewing time)", Unit.HOUR, false),
  T1_00("T1-00", "viewing at 00-01 h / busiest hour", Unit.RATIO, false),
  T1_03("T1-03", "viewing at 03-04 h / busiest hour", Unit.RATIO, false),
  T3("T3", "viewing per weekend day / weekday", Unit.RATIO, false),
  C1("C1", "starts reaching 70% of the runtime", Unit.SHARE, false),
  S1("S1", "median days to finish a season (completers)", Unit.DAYS, false),
  S2("S2", "completers finishing within 2 days", Unit.SHARE, false),
  C3("C3", "season finished within 28 days of episode 1", Unit.SHARE, false),
  H2_TIME("H2-time", "viewing time inside own sleep window", Unit.SHARE, true),
  H2_NIGHTS("H2-nights", "members viewing in sleep window most nights", Unit.SHARE, true),
  R1("R1", "rewatch share of hours", Unit.SHARE, false),
  H3_PROFILES("H3-profiles", "profiles per account", Unit.NUMBER, true),
  H3_KIDS("H3-kids", "accounts with a kids' profile", Unit.SHARE, true);

  /** How a figure's value reads. */
  public enum Unit {
    HOURS,
    SHARE,
    COUNT,
    NUMBER,
    HOUR,
    RATIO,
    DAYS
  }

  private final String id;
  private final String label;
  private final Unit unit;
  private final boolean needsTruth;

  Figure(String id, String label, Unit unit, boolean needsTruth) {
    this.id = id;
    this.label = label;
    this.unit = unit;
    this.needsTruth = needsTruth;
  }

  /** Returns the id a targets file names the figure by, e.g. {@code S8-12h}. */
  public String id() {
    return id;
  }

  /** Returns the figure's short description. */
  public String label() {
    return label;
  }

  public Unit unit() {
    return unit;
  }

  /** Returns whether the figure needs the member's hidden truth, beyond the views. */
  public boolean needsTruth() {
    return needsTruth;
  }

  /** Returns the figure with the given id, or null. */
  public static Figure byId(String id) {
    for (Figure f : values()) {
      if (f.id.equals(id)) {
        return f;
      }
    }
    return null;
  }
}
