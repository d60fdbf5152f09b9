/**
 * Fields whose cost is not their size: `brokers` runs betweenness over up to a thousand
 * actors, seconds of CPU where any other field is a look-up. graphql-armor prices every field
 * alike, so this validation rule prices these on their own, against the same budget
 * (`LIMITS.queryCost`): one `brokers` spends it whole, and a second one, under an alias or in a
 * fragment, is refused before anything runs.
 */
import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';
import { ErrorCode } from '../errors/index.ts';
import { LIMITS } from './limits.ts';

export const FIELD_PRICES: Readonly<Record<string, number>> = {
  'Query.brokers': LIMITS.queryCost,
  'Query.brokerage': LIMITS.queryCost,
};

export function pricedFieldsRule(context: ValidationContext): ASTVisitor {
  let spent = 0;
  const priced: string[] = [];
  return {
    Field(node) {
      const parent = context.getParentType();
      const name = `${parent?.name ?? ''}.${node.name.value}`;
      const price = FIELD_PRICES[name];
      if (price === undefined) return;
      spent += price;
      priced.push(node.name.value);
    },
    Document: {
      leave() {
        if (spent <= LIMITS.queryCost) return;
        context.reportError(
          new GraphQLError(
            `Query Cost limit: ${priced.join(', ')} cost ${spent} of the ${LIMITS.queryCost} one request may spend (brokers or brokerage: one per request)`,
            { extensions: { code: ErrorCode.LIMIT_EXCEEDED } },
          ),
        );
      },
    },
  };
}
