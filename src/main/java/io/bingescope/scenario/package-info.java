/**
 * Scenario files: immutable records bound from YAML, the loader that keeps every value's file position, and the
 * validator that reports every problem at once (file:line:column, YAML path, what was expected) before anything runs.
 */
package io.bingescope.scenario;
