const integerFormat = new Intl.NumberFormat("nb-NO", { maximumFractionDigits: 0 });

/**
 * "20 000": a count or limit as Norwegians write it, grouped by thousands with a no-break
 * space (Intl's nb-NO), so the number never breaks over two lines. Years and case numbers are
 * names, not amounts, and are printed as they are.
 */
export const formatNumber = (value: number): string => integerFormat.format(value);
