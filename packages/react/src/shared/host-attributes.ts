/**
 * What a widget hook spreads on its root from the host's props: the attributes left once the hook
 * has destructured every one of its options. `never` while an option is still among them, so that
 * checking the leftover against this type fails to compile when a new option was not destructured
 * (and would otherwise reach the DOM as an attribute).
 *
 * @example
 * const { metric, value, ...host } = props;
 * return { rootProps: { ...(host satisfies HostAttributes<typeof host, KpiCardOptions>) } };
 */
export type HostAttributes<Leftover, Options> = [Extract<keyof Leftover, keyof Options>] extends [
  never,
]
  ? Leftover
  : never;
