/** Stands in for the "Try it" launcher in bench/first-load.ts's build of the site without the panel. */
export default function TryItLauncher(): null {
  return null;
}
