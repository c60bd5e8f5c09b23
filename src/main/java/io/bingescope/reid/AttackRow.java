package io.bingescope.reid;

/**
 * The attack's verdict on one aux record: the best and second-best candidates, the eccentricity (best - second) /
 * sd, whether a match is declared (eccentricity >= phi), and, for a record drawn from a target, whether the best
 * candidate is that target.
 */
public record AttackRow(AuxRecord aux, int bestMember, double best, int secondMember, double second, double sd,
    double eccentricity, boolean declared) {
  /** Returns whether the best candidate is the member the record was drawn from. */
  public boolean right() {
    return aux.target() >= 0 && bestMember == aux.target();
  }

  /** Returns the verdicts of every record of a scoreboard from its merged tally. */
  public static java.util.List<AttackRow> of(Scoreboard board, ScoreboardTally t) {
    java.util.List<AttackRow> rows = new java.util.ArrayList<>();
    for (int r = 0; r < board.records.size(); r++) {
      double sd = t.sd(r);
      double ecc = t.bestId[r] < 0 || sd == 0 ? 0 : (t.best[r] - (t.secondId[r] < 0 ? 0 : t.second[r])) / sd;
      rows.add(new AttackRow(board.records.get(r), t.bestId[r], t.best[r], t.secondId[r],
          t.secondId[r] < 0 ? 0 : t.second[r], sd, ecc, t.bestId[r] >= 0 && ecc >= board.phi));
    }
    return rows;
  }
}
