/** Vite's `?raw` imports: the file's text, bundled at build time (CSL styles and locales). */
declare module '*?raw' {
  const text: string;
  export default text;
}
