package org.chaingraph.cultivation;

/** How a target counts: holders valid in the year, or firms first awarded since the base year. */
public enum Basis { CUMULATIVE, NEW }
