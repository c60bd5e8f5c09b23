/**
 * The behaviour engine: builds the catalog and population a scenario describes and generates each member's hidden
 * traits and viewing history. Member {@code i} draws only from its own generator seeded from (seed, i), so output
 * does not depend on the number of threads, and any member can be regenerated alone.
 */
package io.bingescope.sim;
