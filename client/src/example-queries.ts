/**
 * Five questions GraphiQL opens on, one tab each, on the seeded graph: the README lists the
 * same text (a test holds the two together, and runs each against the seeds).
 */

export interface ExampleQuery {
  title: string;
  query: string;
}

export const EXAMPLE_QUERIES: ExampleQuery[] = [
  {
    title: 'Who mediated between Armenia and Azerbaijan in 2022',
    query: `# Mediators between two states (people folded into what they lead), most events first.
query WhoMediated {
  mediations(
    between: ["state:armenia", "state:azerbaijan"]
    level: STATE
    from: "2022"
    to: "2022"
  ) {
    mediator { id name }
    dates
    sources
    events { kind date place { name } }
    evidence { sentence article { title url published } }
  }
}`,
  },
  {
    title: 'Search, misspelt',
    query: `# Typos and other spellings find the name: Aliev, Pashinian, Erdogan, Putim.
query Search {
  search(text: "Aliev", first: 5) { id name type aliases }
}`,
  },
  {
    title: 'What Putin took part in since 2022',
    query: `# Events in date order, paged: pass pageInfo.endCursor as after for the next page.
query Events {
  events(involving: ["person:vladimir-putin"], from: "2022", first: 10) {
    edges {
      node {
        kind
        date
        place { name }
        participants { role entity { name } }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`,
  },
  {
    title: 'How Michel and Putin are connected',
    query: `# Every shortest path between two entities, as a subgraph to draw.
query Path {
  path(from: "person:charles-michel", to: "person:vladimir-putin", maxLength: 4) {
    nodes { id label type }
    edges { type source target date directed }
  }
}`,
  },
  {
    title: 'Who sits between Armenia and Azerbaijan',
    query: `# Brokerage: whether the parties are directly connected, and who lies on their other routes.
query Brokerage {
  brokerage(between: ["state:armenia", "state:azerbaijan"], maxLength: 3) {
    directlyConnected
    note
    direct { type date }
    brokers { entity { id name } score paths }
  }
}`,
  },
];
