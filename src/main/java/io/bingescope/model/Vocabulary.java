package io.bingescope.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The strings a run's histories refer to by index: time zones, countries and device names. Histories store small
 * indices into these lists rather than strings, so no object is made per view.
 */
public final class Vocabulary {
  private final List<String> zones;
  private final List<String> countries;
  private final List<String> devices;

  public Vocabulary(List<String> zones, List<String> countries, List<String> devices) {
    this.zones = List.copyOf(zones);
    this.countries = List.copyOf(countries);
    this.devices = List.copyOf(devices);
  }

  /** Returns the IANA zone ids. */
  public List<String> zones() {
    return zones;
  }

  /** Returns the ISO 3166 alpha-2 country codes. */
  public List<String> countries() {
    return countries;
  }

  /** Returns the device names. */
  public List<String> devices() {
    return devices;
  }

  /** Builds a vocabulary incrementally, giving each distinct string an index in order of first use. */
  public static final class Builder {
    private final Indexer zones = new Indexer();
    private final Indexer countries = new Indexer();
    private final Indexer devices = new Indexer();

    /** Returns the index of a zone id, adding it if new. */
    public int zone(String id) {
      return zones.index(id);
    }

    /** Returns the index of a country code, adding it if new. */
    public int country(String code) {
      return countries.index(code);
    }

    /** Returns the index of a device name, adding it if new. */
    public int device(String name) {
      return devices.index(name);
    }

    public Vocabulary build() {
      return new Vocabulary(zones.values, countries.values, devices.values);
    }
  }

  private static final class Indexer {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> values = new ArrayList<>();

    int index(String value) {
      return index.computeIfAbsent(
          value,
          v -> {
            values.add(v);
            return values.size() - 1;
          });
    }
  }
}
