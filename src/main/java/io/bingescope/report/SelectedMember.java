package io.bingescope.report;

import io.bingescope.model.History;
import java.util.List;

/**
 * A member the report has a page for: its own copy of the history, its profile names (indexed like
 * the history's profiles) and why it was chosen.
 *
 * @param history the member's views, a copy the report keeps
 * @param profiles the profile names
 * @param reasons why the member was chosen, in plain words
 */
public record SelectedMember(History history, List<String> profiles, List<String> reasons) {

  public SelectedMember {
    profiles = List.copyOf(profiles);
    reasons = List.copyOf(reasons);
  }

  /** Returns the member's id. */
  public int memberId() {
    return history.memberId();
  }
}
