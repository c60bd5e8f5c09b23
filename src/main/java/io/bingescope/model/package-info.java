/**
 * Leaf value types shared by every stage of the pipeline: titles and the catalog, a member's hidden traits, and a
 * member's history of views stored as reusable primitive arrays. Nothing here imports other bingescope packages.
 */
package io.bingescope.model;
