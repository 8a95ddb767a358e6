/** Starts the Prism mock for a vitest run and provides `mockURL`; returns the teardown. */
export default function setup(project: {
  provide: (key: string, value: unknown) => void;
}): Promise<() => Promise<void>>;
