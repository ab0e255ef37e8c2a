const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** `BR` → "Brazil"; an unknown code is shown as it is. */
export function countryName(code: string): string {
  try {
    return regionNames.of(code.toUpperCase()) ?? code.toUpperCase();
  } catch {
    return code.toUpperCase();
  }
}
