/** The English language module of the `sentiment` package: the AFINN-165 word scores. */
declare module 'sentiment/languages/en/index.js' {
  const english: { labels: Record<string, number> };
  // eslint-disable-next-line no-restricted-exports -- types a CommonJS module.exports; our own code never default-exports
  export default english;
}
