/**
 * The schema explains itself: GraphiQL's docs pane is the API's reference, so every type,
 * field, argument, input field and enum value the schema declares carries a description.
 */
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../../server/api/create-api.ts';

describe('schema descriptions', () => {
  const schema = buildSchema(loadTypeDefs());
  const types = Object.values(schema.getTypeMap()).filter(
    (t) => !isIntrospectionType(t) && !isSpecifiedScalarType(t),
  );

  it('when the schema is read, then every type, field, argument and enum value says what it is', () => {
    const missing: string[] = [];
    const need = (what: string, description: string | null | undefined) => {
      if (!description?.trim()) missing.push(what);
    };
    for (const type of types) {
      need(type.name, type.description);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          need(`${type.name}.${field.name}`, field.description);
          for (const arg of 'args' in field ? field.args : [])
            need(`${type.name}.${field.name}(${arg.name})`, arg.description);
        }
      }
      if (isEnumType(type))
        for (const value of type.getValues()) need(`${type.name}.${value.name}`, value.description);
    }
    expect(missing).toEqual([]);
  });
});
