/**
 * `brokerage`: who sits between parties, and whether they need anyone. Kept apart from the
 * other questions so the answer type and its wording live in one place.
 */
import { findBrokerage } from '../../analysis/index.ts';
import type { EntitySummary } from '../../store/index.ts';
import type { BrokerageResolvers, QueryResolvers } from '../generated/graphql.ts';
import { requireEntities } from '../known-ids.ts';
import { LIMITS, checkRange } from '../limits.ts';

export const brokerageQuery: Pick<QueryResolvers, 'brokerage'> = {
  brokerage: async (_, { between, maxLength, first }, context) => {
    checkRange('the number of parties in between', between.length, 2, LIMITS.parties);
    const length = checkRange('maxLength', maxLength ?? 4, 2, LIMITS.pathLength);
    const page = checkRange('first', first ?? 10, 1, LIMITS.pageSize);
    await requireEntities(context, 'between', between);
    return findBrokerage(context.store, between, length, page, LIMITS.subgraphNodes);
  },
};

export const Brokerage: BrokerageResolvers = {
  directlyConnected: (answer) => answer.direct.length > 0,
  note: async (answer, _, { entityLoader }) => {
    const name = async (id: string) => ((await entityLoader.load(id)) as EntitySummary).name;
    const pairs = await Promise.all(
      [...new Map(answer.direct.map((e) => [`${e.source}|${e.target}`, e])).values()].map(
        async (e) => `${await name(e.source)} and ${await name(e.target)}`,
      ),
    );
    const routes = `routes of up to ${answer.maxLength} relations`;
    const found = answer.brokers.length
      ? `${answer.brokers.length} intermediar${answer.brokers.length === 1 ? 'y lies' : 'ies lie'} on their other ${routes}`
      : `nobody lies on their other ${routes}`;
    if (!pairs.length) {
      return answer.brokers.length
        ? `The parties are not directly connected; ${found.replace(' other', '')}.`
        : `The parties are not directly connected, and no ${routes} join them.`;
    }
    return `Directly connected: ${pairs.join('; ')} (${answer.direct.length} relation${answer.direct.length === 1 ? '' : 's'}, listed in direct); ${found}.`;
  },
};
