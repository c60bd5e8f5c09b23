package io.bingescope.model;

/** Whether a title is a stand-alone film or one episode of a series. */
public enum TitleKind {
  FILM,
  EPISODE
}
