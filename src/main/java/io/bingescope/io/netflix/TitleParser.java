package io.bingescope.io.netflix;

import io.bingescope.model.TitleKind;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the titles of a Netflix export into films and episodes (series, season, episode name and
 * number). Netflix writes episodes as {@code Series: Season N: Name (Episode K)} in the full
 * archive and {@code Series: Season N: Name} in the simple history, with the words localised
 * ({@code Staffel}, {@code Folge}, {@code Temporada}, {@code Saison}...). Films may have colons in
 * their names ({@code Mission: Impossible}, {@code Black Mirror: Bandersnatch}), so a title is an
 * episode only when the pattern is clear; the rules and word tables are in docs/netflix-export.md.
 */
final class TitleParser {
  /** Words for a season, before its number ({@code Season 2}) or after it ({@code 2. Staffel}). */
  static final List<String> SEASON_WORDS =
      List.of(
          "Season", "Series", "Staffel", "Temporada", "Saison", "Stagione", "Seizoen", "Sezon",
          "Säsong", "Sæson", "Sesong", "Kausi", "Sezóna", "Évad", "Sezonul", "Сезон");

  /** Words that mark a series of a single season. */
  static final List<String> LIMITED_WORDS =
      List.of(
          "Limited Series", "Miniseries", "Mini-Series", "Miniserie", "Mini-Serie", "Mini-série",
          "Minissérie", "Serie limitada", "Série limitée", "Miniserie limitada");

  /** Words for a part of a series ({@code Part 1}): a season only when the episode is numbered. */
  static final List<String> PART_WORDS =
      List.of("Part", "Teil", "Parte", "Partie", "Volume", "Vol.", "Deel", "Book");

  /** Words for an episode's number, as a suffix {@code (Episode 3)} or a name {@code Episode 3}. */
  static final List<String> EPISODE_WORDS =
      List.of(
          "Episode", "Folge", "Episodio", "Épisode", "Episódio", "Aflevering", "Afsnit", "Avsnitt",
          "Jakso", "Odcinek", "Epizoda", "Epizód", "Bölüm", "Серия", "Эпизод");

  /** Words that name an episode by its number only when they are the whole name. */
  static final List<String> CHAPTER_WORDS = List.of("Chapter", "Chapitre", "Capítulo", "Kapitel");

  private static final String NUMBER = "(\\d{1,4})";
  private static final Pattern SEASON_AFTER =
      Pattern.compile("(?iu)(?:" + alternatives(SEASON_WORDS) + ")\\s+" + NUMBER);
  private static final Pattern SEASON_BEFORE =
      Pattern.compile("(?iu)" + NUMBER + "(?:\\.|ª|º|e|re|ème)?\\s+(?:" + alternatives(SEASON_WORDS)
          + ")");
  private static final Pattern LIMITED = Pattern.compile("(?iu)" + alternatives(LIMITED_WORDS));
  private static final Pattern PART =
      Pattern.compile("(?iu)(?:" + alternatives(PART_WORDS) + ")\\s*" + NUMBER);
  private static final Pattern EPISODE_SUFFIX =
      Pattern.compile("(?iu)^(.*?)\\s*\\((?:" + alternatives(EPISODE_WORDS) + ")\\s+" + NUMBER
          + "\\)$");
  private static final Pattern EPISODE_NAME =
      Pattern.compile("(?iu)(?:" + alternatives(EPISODE_WORDS) + "|" + alternatives(CHAPTER_WORDS)
          + ")\\s+" + NUMBER);
  private static final String SEPARATOR = ": ";

  private TitleParser() {}

  /**
   * A parsed title.
   *
   * @param kind film or episode
   * @param series the series' name; empty for a film
   * @param season the season number from 1; 0 for a film
   * @param episodeName the episode's own name (without its number suffix); empty for a film
   * @param episode the episode's number within its season, or 0 when the title does not give it
   */
  record Parsed(TitleKind kind, String series, int season, String episodeName, int episode) {

    static Parsed film() {
      return new Parsed(TitleKind.FILM, "", 0, "", 0);
    }
  }

  /** Returns what the title is; never fails: a title that is not clearly an episode is a film. */
  static Parsed parse(String title) {
    String[] parts = title.split(SEPARATOR, -1);
    if (parts.length < 2) {
      return Parsed.film();
    }
    String last = parts[parts.length - 1];
    int suffixNumber = 0;
    Matcher suffix = EPISODE_SUFFIX.matcher(last);
    if (suffix.matches()) {
      suffixNumber = number(suffix.group(2));
    }
    for (int i = 1; i < parts.length - 1; i++) {
      String series = join(parts, 0, i);
      String name = join(parts, i + 1, parts.length);
      if (series.isBlank() || name.isBlank()) {
        continue;
      }
      int season = season(parts[i], series);
      boolean weak = false;
      if (season == 0) {
        Matcher part = PART.matcher(parts[i]);
        if (part.matches()) {
          season = number(part.group(1));
          weak = true;
        }
      }
      if (season <= 0) {
        continue;
      }
      String episodeName = name;
      int episode = 0;
      if (suffixNumber > 0) {
        episodeName = i + 1 == parts.length - 1 ? suffix.group(1) : join(parts, i + 1,
            parts.length - 1) + SEPARATOR + suffix.group(1);
        episode = suffixNumber;
      } else {
        Matcher numbered = EPISODE_NAME.matcher(name);
        if (numbered.matches()) {
          episode = number(numbered.group(1));
        }
      }
      if (weak && episode == 0) {
        continue;
      }
      if (episodeName.isBlank()) {
        episodeName = name;
      }
      return new Parsed(TitleKind.EPISODE, series, season, episodeName, episode);
    }
    if (suffixNumber > 0) {
      String series = join(parts, 0, parts.length - 1);
      if (!series.isBlank() && !suffix.group(1).isBlank()) {
        return new Parsed(TitleKind.EPISODE, series, 1, suffix.group(1), suffixNumber);
      }
    }
    return Parsed.film();
  }

  /** Returns the season a segment names (a limited series is season 1), or 0 when it names none. */
  private static int season(String segment, String series) {
    Matcher m = SEASON_AFTER.matcher(segment);
    if (m.matches()) {
      return number(m.group(1));
    }
    m = SEASON_BEFORE.matcher(segment);
    if (m.matches()) {
      return number(m.group(1));
    }
    if (LIMITED.matcher(segment).matches()) {
      return 1;
    }
    // Netflix names some seasons after the series: "Stranger Things: Stranger Things 4: ...".
    String lower = segment.toLowerCase(Locale.ROOT);
    String prefix = series.toLowerCase(Locale.ROOT) + " ";
    if (lower.startsWith(prefix)) {
      String rest = segment.substring(prefix.length());
      if (rest.matches("\\d{1,4}")) {
        return number(rest);
      }
    }
    return 0;
  }

  private static int number(String digits) {
    return Integer.parseInt(digits);
  }

  private static String join(String[] parts, int from, int to) {
    return String.join(SEPARATOR, java.util.Arrays.asList(parts).subList(from, to));
  }

  private static String alternatives(List<String> words) {
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (b.length() > 0) {
        b.append('|');
      }
      b.append(Pattern.quote(w));
    }
    return b.toString();
  }
}
