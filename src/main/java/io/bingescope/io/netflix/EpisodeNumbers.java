package io.bingescope.io.netflix;

import io.bingescope.model.TitleKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Numbers the episodes of an imported catalog within their seasons. A number the title gives
 * ({@code (Episode 3)}) is kept unless an earlier title of the same season took it; an episode
 * without one, or with a taken one, gets the next number after the season's highest, in order of
 * first view. So every episode of a season has its own number, as a catalog requires.
 */
final class EpisodeNumbers {
  private EpisodeNumbers() {}

  /** Returns each title's episode number (0 for a film), indexed like {@code titles}. */
  static int[] assign(List<TitleParser.Parsed> titles) {
    int[] numbers = new int[titles.size()];
    Map<String, Set<Integer>> taken = new HashMap<>();
    Map<String, Integer> highest = new HashMap<>();
    for (int i = 0; i < numbers.length; i++) {
      TitleParser.Parsed p = titles.get(i);
      if (p.kind() == TitleKind.EPISODE && p.episode() > 0) {
        String season = key(p);
        if (taken.computeIfAbsent(season, k -> new HashSet<>()).add(p.episode())) {
          numbers[i] = p.episode();
          highest.merge(season, p.episode(), Math::max);
        }
      }
    }
    for (int i = 0; i < numbers.length; i++) {
      TitleParser.Parsed p = titles.get(i);
      if (p.kind() == TitleKind.EPISODE && numbers[i] == 0) {
        numbers[i] = highest.merge(key(p), 1, Integer::sum);
      }
    }
    return numbers;
  }

  private static String key(TitleParser.Parsed p) {
    return p.season() + "\u0000" + p.series();
  }
}
