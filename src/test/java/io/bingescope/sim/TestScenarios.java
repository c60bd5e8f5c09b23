package io.bingescope.sim;

import io.bingescope.scenario.Dist;
import io.bingescope.scenario.Scenario;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Scenarios built in code, so engine tests do not depend on the YAML loader. */
final class TestScenarios {
  private TestScenarios() {}

  static final Dist INF_NORMAL_BED = new Dist.Normal(23.5, 1, 20, 27);

  static Scenario.Persona persona(String name, double share, double sessionsPerDay, Scenario.Comfort comfort) {
    List<Double> hours =
        List.of(1.0, 0.5, 0.2, 0.1, 0.1, 0.1, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.0, 1.0, 1.1, 1.3, 1.6,
            2.2, 3.0, 3.6, 3.8, 3.0, 2.0);
    return new Scenario.Persona(
        name,
        share,
        new Scenario.Rhythm(hours, List.of(1.0, 1.0, 1.0, 1.0, 1.2, 1.4, 1.4)),
        new Dist.Gamma(2, sessionsPerDay / 2, 0, 20),
        new Dist.LogNormal(60, 0.6, 5, 600),
        0.7,
        0.7,
        0.85,
        0.7,
        0.08,
        comfort,
        Map.of("holiday", 2.0),
        new Scenario.Sleep(INF_NORMAL_BED, new Dist.Normal(7, 0.7, 4, 11)),
        new Scenario.Work(0.7, new Dist.Normal(9, 1, 6, 12), new Dist.Fixed(8), List.of(1, 2, 3, 4, 5)),
        Scenario.Habits.DEFAULTS);
  }

  /** A small scenario over the DST change of 5 Nov 2017 in the US and 29 Oct in Europe. */
  static Scenario dstScenario(long members, long seed) {
    return new Scenario(
        "test-dst",
        "",
        seed,
        new Scenario.Period(LocalDate.of(2017, 10, 25), LocalDate.of(2017, 11, 10)),
        new Scenario.Population(
            members,
            List.of(
                new Scenario.Country(
                    "US",
                    0.6,
                    List.of(
                        new Scenario.Weighted("America/New_York", 0.5),
                        new Scenario.Weighted("America/Los_Angeles", 0.5))),
                new Scenario.Country(
                    "GB", 0.2, List.of(new Scenario.Weighted("Europe/London", 1))),
                new Scenario.Country(
                    "IN", 0.2, List.of(new Scenario.Weighted("Asia/Kolkata", 1))))),
        List.of(
            new Scenario.Weighted("Samsung 2019 UHD TV", 0.6),
            new Scenario.Weighted("Apple iPhone 12", 0.4)),
        List.of(
            new Scenario.HouseholdKind("single", 0.5, new Dist.Fixed(1), new Dist.Fixed(0)),
            new Scenario.HouseholdKind(
                "family", 0.5, new Dist.Fixed(2), new Dist.Poisson(1.5, 1, 4))),
        new Scenario.CatalogSpec(
            List.of(
                new Scenario.TitleSpec(
                    "A Christmas Prince", false, List.of(), new Dist.Fixed(92),
                    LocalDate.of(2017, 11, 1), List.of("romance"), List.of("holiday"), 0.5, List.of()),
                new Scenario.TitleSpec(
                    "The Office (U.S.)", true, List.of(6, 22, 25), new Dist.Normal(22, 1, 19, 30),
                    LocalDate.of(2015, 1, 1), List.of("comedy"), List.of(), 1.0,
                    List.of("Pilot", "Diversity Day"))),
            new Scenario.Filler(
                60, 20, 1.0, new Dist.Normal(105, 15, 75, 170), new Dist.Fixed(45),
                new Dist.Poisson(2, 1, 5), new Dist.Uniform(6, 13),
                List.of(new Scenario.Weighted("drama", 0.6), new Scenario.Weighted("kids", 0.4)),
                List.of(new Scenario.Weighted("kids", 0.2), new Scenario.Weighted("holiday", 0.05)),
                null)),
        List.of(
            persona("casual", 0.7, 1.0, null),
            persona("holiday-rewatcher", 0.3, 1.5, new Scenario.Comfort("holiday", 0.2, 0.9))),
        List.of(
            new Scenario.LifeEventSpec(
                "depressive-episode", 0.2, List.of(), List.of(), LocalDate.of(2017, 10, 28),
                LocalDate.of(2017, 11, 3), new Dist.Uniform(4, 8),
                new Scenario.Effects(3, 0.5, 2, 0.2, true))),
        List.of(
            new Scenario.Season("holiday", LocalDate.of(2017, 11, 1), LocalDate.of(2017, 11, 10), 4)),
        List.of(),
        Scenario.Platform.DEFAULT);
  }

  static List<String> none() {
    return Collections.emptyList();
  }
}
