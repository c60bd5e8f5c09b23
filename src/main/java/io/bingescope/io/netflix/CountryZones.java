package io.bingescope.io.netflix;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The primary time zone of each country, used to turn the UTC start times of a Netflix export into
 * local time. A country with several zones gets the one where most of its people live (the US:
 * {@code America/New_York}); that is an assumption, stated in the import's notes, and {@code
 * --zone} overrides it. The table is in docs/netflix-export.md.
 */
final class CountryZones {
  private static final Map<String, String> PRIMARY =
      Map.ofEntries(
          Map.entry("US", "America/New_York"),
          Map.entry("CA", "America/Toronto"),
          Map.entry("MX", "America/Mexico_City"),
          Map.entry("BR", "America/Sao_Paulo"),
          Map.entry("AR", "America/Argentina/Buenos_Aires"),
          Map.entry("CL", "America/Santiago"),
          Map.entry("CO", "America/Bogota"),
          Map.entry("PE", "America/Lima"),
          Map.entry("GB", "Europe/London"),
          Map.entry("IE", "Europe/Dublin"),
          Map.entry("FR", "Europe/Paris"),
          Map.entry("DE", "Europe/Berlin"),
          Map.entry("AT", "Europe/Vienna"),
          Map.entry("CH", "Europe/Zurich"),
          Map.entry("NL", "Europe/Amsterdam"),
          Map.entry("BE", "Europe/Brussels"),
          Map.entry("LU", "Europe/Luxembourg"),
          Map.entry("ES", "Europe/Madrid"),
          Map.entry("PT", "Europe/Lisbon"),
          Map.entry("IT", "Europe/Rome"),
          Map.entry("DK", "Europe/Copenhagen"),
          Map.entry("NO", "Europe/Oslo"),
          Map.entry("SE", "Europe/Stockholm"),
          Map.entry("FI", "Europe/Helsinki"),
          Map.entry("IS", "Atlantic/Reykjavik"),
          Map.entry("PL", "Europe/Warsaw"),
          Map.entry("CZ", "Europe/Prague"),
          Map.entry("SK", "Europe/Bratislava"),
          Map.entry("HU", "Europe/Budapest"),
          Map.entry("RO", "Europe/Bucharest"),
          Map.entry("BG", "Europe/Sofia"),
          Map.entry("GR", "Europe/Athens"),
          Map.entry("TR", "Europe/Istanbul"),
          Map.entry("UA", "Europe/Kyiv"),
          Map.entry("RU", "Europe/Moscow"),
          Map.entry("IL", "Asia/Jerusalem"),
          Map.entry("AE", "Asia/Dubai"),
          Map.entry("SA", "Asia/Riyadh"),
          Map.entry("EG", "Africa/Cairo"),
          Map.entry("ZA", "Africa/Johannesburg"),
          Map.entry("NG", "Africa/Lagos"),
          Map.entry("KE", "Africa/Nairobi"),
          Map.entry("IN", "Asia/Kolkata"),
          Map.entry("PK", "Asia/Karachi"),
          Map.entry("TH", "Asia/Bangkok"),
          Map.entry("VN", "Asia/Ho_Chi_Minh"),
          Map.entry("MY", "Asia/Kuala_Lumpur"),
          Map.entry("SG", "Asia/Singapore"),
          Map.entry("ID", "Asia/Jakarta"),
          Map.entry("PH", "Asia/Manila"),
          Map.entry("HK", "Asia/Hong_Kong"),
          Map.entry("TW", "Asia/Taipei"),
          Map.entry("KR", "Asia/Seoul"),
          Map.entry("JP", "Asia/Tokyo"),
          Map.entry("AU", "Australia/Sydney"),
          Map.entry("NZ", "Pacific/Auckland"));

  private CountryZones() {}

  /** Returns the primary zone of an ISO 3166 alpha-2 country code, when the table has it. */
  static Optional<ZoneId> primary(String country) {
    String id = PRIMARY.get(country.toUpperCase(Locale.ROOT));
    return id == null ? Optional.empty() : Optional.of(ZoneId.of(id));
  }

  /** Returns the number of countries in the table. */
  static int size() {
    return PRIMARY.size();
  }

  /** Returns Netflix's label of a country, e.g. {@code US (United States)}. */
  static String label(String country) {
    String name = new Locale("", country).getDisplayCountry(Locale.ENGLISH);
    return country + " (" + (name.isEmpty() || name.equals(country) ? country : name) + ")";
  }
}
