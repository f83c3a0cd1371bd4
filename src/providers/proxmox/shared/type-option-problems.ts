// Sections with a plugin `type` (SDN zones, controllers, IPAMs) take some options only for some
// types and need others; checked at plan time so a wrong option names its attribute instead of
// failing in the apply.

export interface TypeOptionProblem<A extends string> {
  readonly attribute: A;
  readonly summary: string;
  readonly detail: string;
}

/** What a type makes of each type-dependent attribute. */
export interface TypeOptions<A extends string> {
  readonly takes: (attribute: A) => boolean;
  readonly needs: (attribute: A) => boolean;
}

/**
 * The problems of a `noun` ("zone", "IPAM") of `type` whose configuration sets the attributes
 * `set` (unknown values count as set), among the type-dependent `attributes`: those it does not
 * take, and those it needs that are missing, in the order of `attributes`.
 */
export function typeOptionProblems<A extends string>(
  noun: string,
  type: string,
  attributes: readonly A[],
  set: ReadonlySet<A>,
  options: TypeOptions<A>,
): TypeOptionProblem<A>[] {
  const problems: TypeOptionProblem<A>[] = [];
  for (const attribute of attributes) {
    if (set.has(attribute) && !options.takes(attribute))
      problems.push({ attribute, summary: `Option not valid for this ${noun} type`, detail: `A "${type}" ${noun} does not take ${attribute}.` });
    if (!set.has(attribute) && options.needs(attribute))
      problems.push({ attribute, summary: `Missing ${noun} option`, detail: `A "${type}" ${noun} needs ${attribute}.` });
  }
  return problems;
}
