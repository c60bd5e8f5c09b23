package io.bingescope.model;

import java.util.List;
import java.util.Objects;

/**
 * A member's hidden ground truth, known to the simulator and never to the platform. Inference is scored against it.
 *
 * @param memberId the member's index in the population (0-based), also its {@code member_id}
 * @param persona the name of the persona the member was drawn from
 * @param country the ISO 3166 alpha-2 code of the member's home country
 * @param homeZone the IANA id of the member's home time zone
 * @param profiles the account's profiles, in order; views refer to them by index
 * @param household who lives in the household
 * @param sleep the member's usual sleep window, in local time
 * @param work the member's usual work or school pattern, in local time
 * @param lifeEvents events during the period that change the member's behaviour
 */
public record MemberTraits(
    int memberId,
    String persona,
    String country,
    String homeZone,
    List<Profile> profiles,
    Household household,
    SleepWindow sleep,
    WorkPattern work,
    List<LifeEvent> lifeEvents) {

  public MemberTraits {
    Objects.requireNonNull(persona, "persona");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(homeZone, "homeZone");
    profiles = List.copyOf(profiles);
    Objects.requireNonNull(household, "household");
    Objects.requireNonNull(sleep, "sleep");
    Objects.requireNonNull(work, "work");
    lifeEvents = List.copyOf(lifeEvents);
  }

  /**
   * Returns these traits with the profiles reordered so that profile {@code p} is the one named {@code names[p]} (a
   * stored run numbers a member's profiles in order of first view); profiles without views follow in their order.
   */
  public MemberTraits alignedTo(List<String> names) {
    List<Profile> ordered = new java.util.ArrayList<>(profiles.size());
    for (String name : names) {
      for (Profile p : profiles) {
        if (p.name().equals(name) && !ordered.contains(p)) {
          ordered.add(p);
          break;
        }
      }
    }
    for (Profile p : profiles) {
      if (!ordered.contains(p)) {
        ordered.add(p);
      }
    }
    return ordered.equals(profiles) ? this
        : new MemberTraits(memberId, persona, country, homeZone, ordered, household, sleep, work, lifeEvents);
  }

  /**
   * One profile of the account.
   *
   * @param name the profile name as the platform shows it
   * @param kids whether it is a kids' profile
   * @param device the index of the profile's usual device in the run's {@link Vocabulary#devices()}
   * @param favourite the series (or, on a kids' profile, film) the profile rewatches from before the period, by
   *     name, or null for none
   */
  public record Profile(String name, boolean kids, int device, String favourite) {
    /** Creates a profile without an old favourite. */
    public Profile(String name, boolean kids, int device) {
      this(name, kids, device, null);
    }
  }

  /**
   * Who lives in the household.
   *
   * @param kind the household kind's name from the scenario (e.g. {@code single}, {@code family})
   * @param adults number of adults
   * @param kids number of children
   */
  public record Household(String kind, int adults, int kids) {}

  /**
   * The usual sleep window in local wall-clock minutes since midnight. Bedtime may be before or after midnight.
   *
   * @param bedtimeMinute minute of the day the member usually goes to sleep (0..1439)
   * @param wakeMinute minute of the day the member usually wakes (0..1439)
   */
  public record SleepWindow(int bedtimeMinute, int wakeMinute) {}

  /**
   * A weekly work or school pattern in local time.
   *
   * @param kind the pattern's name from the scenario ({@code none} when the member does not work)
   * @param startMinute minute of the day work starts
   * @param endMinute minute of the day work ends
   * @param dayMask bit {@code d} set when the member works on ISO weekday {@code d+1} (bit 0 = Monday)
   */
  public record WorkPattern(String kind, int startMinute, int endMinute, int dayMask) {

    /** The pattern of a member who does not work. */
    public static final WorkPattern NONE = new WorkPattern("none", 0, 0, 0);
  }

  /**
   * A life event of the member during the period.
   *
   * @param kind the event's name from the scenario (e.g. {@code depressive-episode})
   * @param start the first local day of the event
   * @param end the last local day of the event (inclusive)
   */
  public record LifeEvent(String kind, java.time.LocalDate start, java.time.LocalDate end) {}
}
