package io.bingescope.sim;

import io.bingescope.model.Catalog;
import io.bingescope.model.Vocabulary;
import io.bingescope.scenario.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Everything a run's members share, built once from the scenario and then read by every worker thread: the catalog,
 * the string vocabulary, each zone's clock, and each persona's precomputed tables.
 */
public final class World {
  final Scenario scenario;
  final Catalog catalog;
  final CatalogBuilder.Item[] items;
  final Vocabulary vocabulary;
  final long firstDay;
  final long lastDay;
  final ZoneClock[] clocks;
  final AliasTable countryTable;
  final AliasTable[] zoneTables;
  final int[] countryIndex;
  final int[][] zoneIndex;
  final AliasTable deviceTable;
  final int[] deviceIndex;
  final AliasTable householdTable;
  final Sampler[] adults;
  final Sampler[] kids;
  final AliasTable personaTable;
  final PersonaModel[] personas;
  final AliasTable kidsItems;
  final LifeEventModel[] lifeEvents;
  // Per-title and per-item facts as primitive arrays: the hot path reads these, not records.
  final int[] runtimeS;
  final int[] nextEpisode;
  final int[] seriesOf;
  final long[] itemReleaseDay;
  final int[] itemFirstTitle;
  final int[] itemFilm;
  final int[] itemSeries;
  /** The item each title belongs to (a film's own item, an episode's series), -1 for none. */
  final int[] itemOfTitle;
  // Seasonal effects, applied by rejection: each persona's table is built with an item's largest multiplier over
  // the period (seasonMax), and a draw of item i on day d is kept with probability multiplier(i, d) / seasonMax[i].
  final double[] seasonMax;
  private final boolean[] seasonalItem;
  private final int[][] itemSeasons;
  private final long[] seasonFrom;
  private final long[] seasonTo;
  private final double[] seasonBoost;

  private World(Scenario s) {
    this.scenario = s;
    CatalogBuilder.Built built = CatalogBuilder.build(s);
    this.catalog = built.catalog();
    this.items = built.items();
    this.firstDay = s.period().start().toEpochDay();
    this.lastDay = s.period().end().toEpochDay();
    Vocabulary.Builder vocab = new Vocabulary.Builder();
    List<Scenario.Country> countries = s.population().countries();
    countryTable = AliasTable.of(countries.stream().mapToDouble(Scenario.Country::share).toArray());
    countryIndex = new int[countries.size()];
    zoneTables = new AliasTable[countries.size()];
    zoneIndex = new int[countries.size()][];
    List<ZoneClock> clockList = new ArrayList<>();
    for (int c = 0; c < countries.size(); c++) {
      Scenario.Country country = countries.get(c);
      countryIndex[c] = vocab.country(country.code());
      zoneTables[c] =
          AliasTable.of(country.zones().stream().mapToDouble(Scenario.Weighted::share).toArray());
      zoneIndex[c] = new int[country.zones().size()];
      for (int z = 0; z < country.zones().size(); z++) {
        String id = country.zones().get(z).name();
        int zi = vocab.zone(id);
        zoneIndex[c][z] = zi;
        if (zi == clockList.size()) {
          clockList.add(new ZoneClock(id, s.period().start(), s.period().end()));
        }
      }
    }
    clocks = clockList.toArray(ZoneClock[]::new);
    // The loader fills in defaults: devices and households are never empty in a valid scenario.
    List<Scenario.Weighted> devices = s.devices();
    deviceTable = AliasTable.of(devices.stream().mapToDouble(Scenario.Weighted::share).toArray());
    deviceIndex = devices.stream().mapToInt(d -> vocab.device(d.name())).toArray();
    vocabulary = vocab.build();
    List<Scenario.HouseholdKind> households = s.households();
    householdTable =
        AliasTable.of(households.stream().mapToDouble(Scenario.HouseholdKind::share).toArray());
    adults = households.stream().map(h -> Sampler.of(h.adults())).toArray(Sampler[]::new);
    kids = households.stream().map(h -> Sampler.of(h.kids())).toArray(Sampler[]::new);
    personaTable = AliasTable.of(s.personas().stream().mapToDouble(Scenario.Persona::share).toArray());
    int seasons = s.seasons().size();
    seasonFrom = new long[seasons];
    seasonTo = new long[seasons];
    seasonBoost = new double[seasons];
    for (int k = 0; k < seasons; k++) {
      Scenario.Season season = s.seasons().get(k);
      seasonFrom[k] = season.from().toEpochDay();
      seasonTo[k] = season.to().toEpochDay();
      seasonBoost[k] = season.boost();
    }
    itemSeasons = new int[items.length][];
    seasonMax = new double[items.length];
    seasonalItem = new boolean[items.length];
    for (int i = 0; i < items.length; i++) {
      CatalogBuilder.Item item = items[i];
      itemSeasons[i] =
          java.util.stream.IntStream.range(0, seasons)
              .filter(k -> item.matches(s.seasons().get(k).tag()))
              .toArray();
      double max = 0;
      for (long day = firstDay; day <= lastDay; day++) {
        max = Math.max(max, multiplier(i, day));
      }
      seasonMax[i] = max;
      seasonalItem[i] = itemSeasons[i].length > 0;
    }
    int[] episodes =
        Arrays.stream(items)
            .mapToInt(i -> i.series() >= 0 ? catalog.series().get(i.series()).episodeCount() : 1)
            .toArray();
    personas =
        s.personas().stream()
            .map(p -> new PersonaModel(p, items, seasonMax, episodes))
            .toArray(PersonaModel[]::new);
    double[] kidsWeights = new double[items.length];
    for (int i = 0; i < items.length; i++) {
      kidsWeights[i] = items[i].matches("kids") ? items[i].popularity() * seasonMax[i] : 0;
    }
    kidsItems = Arrays.stream(kidsWeights).sum() > 0 ? AliasTable.of(kidsWeights) : null;
    lifeEvents =
        s.lifeEvents().stream()
            .map(e -> new LifeEventModel(e, s.personas(), countries))
            .toArray(LifeEventModel[]::new);
    runtimeS = catalog.titles().stream().mapToInt(io.bingescope.model.Title::runtimeS).toArray();
    seriesOf = catalog.titles().stream().mapToInt(io.bingescope.model.Title::seriesIndex).toArray();
    nextEpisode = java.util.stream.IntStream.range(0, catalog.size()).map(catalog::nextEpisode).toArray();
    itemReleaseDay = Arrays.stream(items).mapToLong(i -> i.released().toEpochDay()).toArray();
    itemFilm = Arrays.stream(items).mapToInt(CatalogBuilder.Item::film).toArray();
    itemSeries = Arrays.stream(items).mapToInt(CatalogBuilder.Item::series).toArray();
    itemFirstTitle =
        Arrays.stream(items)
            .mapToInt(i -> i.film() >= 0 ? i.film() : catalog.series().get(i.series()).episodeAt(0))
            .toArray();
    itemOfTitle = new int[catalog.size()];
    Arrays.fill(itemOfTitle, -1);
    int[] itemOfSeries = new int[catalog.series().size()];
    for (int i = 0; i < items.length; i++) {
      if (items[i].film() >= 0) {
        itemOfTitle[items[i].film()] = i;
      } else {
        itemOfSeries[items[i].series()] = i;
      }
    }
    for (int t = 0; t < itemOfTitle.length; t++) {
      if (seriesOf[t] >= 0) {
        itemOfTitle[t] = itemOfSeries[seriesOf[t]];
      }
    }
  }

  /** Returns item {@code i}'s name: the film's title or the series' name. */
  String itemName(int i) {
    return items[i].film() >= 0
        ? catalog.titles().get(items[i].film()).name()
        : catalog.series().get(items[i].series()).name();
  }

  /** Returns item {@code i}'s popularity multiplier on local day {@code day} from the scenario's seasons. */
  double multiplier(int i, long day) {
    double m = 1;
    for (int k : itemSeasons[i]) {
      if (day >= seasonFrom[k] && day <= seasonTo[k]) {
        m *= seasonBoost[k];
      }
    }
    return m;
  }

  /** Returns whether item {@code i} is affected by any season. */
  boolean seasonal(int i) {
    return seasonalItem[i];
  }

  /** Builds the world of a (valid) scenario. */
  public static World of(Scenario scenario) {
    return new World(scenario);
  }

  /** Returns the scenario. */
  public Scenario scenario() {
    return scenario;
  }

  /** Returns the catalog. */
  public Catalog catalog() {
    return catalog;
  }

  /** Returns the vocabulary histories refer to. */
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /** Returns the number of members. */
  public long members() {
    return scenario.population().members();
  }

  /** A life event kind with its duration sampler and, per persona and country, whether it applies. */
  static final class LifeEventModel {
    final Scenario.LifeEventSpec spec;
    final Sampler duration;
    final double share;
    final long startFrom;
    final long span;
    private final boolean[] personaEligible;
    private final boolean[] countryEligible;

    LifeEventModel(
        Scenario.LifeEventSpec spec, List<Scenario.Persona> personas, List<Scenario.Country> countries) {
      this.spec = spec;
      this.duration = Sampler.of(spec.durationDays());
      this.share = spec.share();
      this.startFrom = spec.startFrom().toEpochDay();
      this.span = spec.startTo().toEpochDay() - startFrom + 1;
      personaEligible = new boolean[personas.size()];
      for (int p = 0; p < personaEligible.length; p++) {
        personaEligible[p] = spec.personas().isEmpty() || spec.personas().contains(personas.get(p).name());
      }
      countryEligible = new boolean[countries.size()];
      for (int c = 0; c < countryEligible.length; c++) {
        countryEligible[c] =
            spec.countries().isEmpty() || spec.countries().contains(countries.get(c).code());
      }
    }

    /** Returns whether the event applies to members of persona {@code p} living in country {@code c}. */
    boolean eligible(int p, int c) {
      return personaEligible[p] && countryEligible[c];
    }
  }
}
