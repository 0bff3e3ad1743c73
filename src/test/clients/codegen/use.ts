// Uses the generated types the way an app would; `tsc --noEmit` must accept it.
import type {
  NodesByIdQuery,
  NodesByIdQueryVariables,
  ReleaseQuery,
  ShipmentsPageQuery,
  ShipmentsPageQueryVariables,
} from './generated/graphql';

export function titles(page: ShipmentsPageQuery): string[] {
  return (page.shipments?.edges ?? []).map((e) => `${e.node.title} (${e.node.period.earliest})`);
}

export function largestHigh(page: ShipmentsPageQuery): number | null {
  const highs = (page.shipments?.edges ?? []).flatMap((e) => e.node.estimates.nodes.map((x) => x.high ?? null));
  const numbers = highs.filter((h): h is number => typeof h === 'number');
  return numbers.length ? Math.max(...numbers) : null;
}

export function describe(result: NodesByIdQuery): string[] {
  return (result.nodes ?? []).map((n) => {
    if (n === null) return 'missing';
    switch (n.__typename) {
      case 'Actor':
        return `actor ${n.name}`;
      case 'Shipment':
      case 'Agreement':
      case 'Deployment':
      case 'Event':
      case 'Statement':
        return `${n.kind.toLowerCase()} ${n.title}`;
      default:
        return n.__typename;
    }
  });
}

export const firstPage: ShipmentsPageQueryVariables = { first: 10 };
export const someIds: NodesByIdQueryVariables = { ids: ['QWN0b3I6a2ltLWpvbmctdW4'] };
export function version(r: ReleaseQuery): string | undefined {
  return r.datasetRelease?.version;
}
