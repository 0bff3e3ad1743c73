// Fragments and queries a Relay app over this API would write. relay-compiler reads the
// graphql`` templates in this file; run.mjs executes the artifacts it generates.
/* eslint-disable */
const graphql = (strings) => strings;

// Refetchable pagination on a top-level connection, with fragments on the Record interface.
graphql`
  fragment appRecordList_query on Query
  @refetchable(queryName: "appRecordListPaginationQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 5 }, cursor: { type: "String" }) {
    records(first: $count, after: $cursor, orderBy: DATE_ASC) @connection(key: "appRecordList_records") {
      edges {
        node {
          id
          ...appRecordCard_record
        }
      }
    }
  }
`;

graphql`
  fragment appRecordCard_record on Record {
    id
    slug
    title
    kind
    status
    period { earliest latest label }
    citations(first: 3) { totalCount edges { node { id stance } } }
    ... on Shipment { estimates(first: 5) { edges { node { low high } } } }
  }
`;

graphql`
  query appRecordsQuery {
    ...appRecordList_query
  }
`;

// Refetchable pagination on another top-level connection with its own arguments.
graphql`
  fragment appActorList_query on Query
  @refetchable(queryName: "appActorListPaginationQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 10 }, cursor: { type: "String" }) {
    actors(first: $count, after: $cursor) @connection(key: "appActorList_actors") {
      edges { node { id ...appActorCard_actor } }
    }
  }
`;

graphql`
  query appActorsQuery {
    ...appActorList_query
  }
`;

// Node refetch: Relay generates a query through node(id:).
graphql`
  fragment appActorCard_actor on Actor @refetchable(queryName: "appActorCardRefetchQuery") {
    id
    name
    kind
  }
`;

graphql`
  fragment appRecordNode_record on Record @refetchable(queryName: "appRecordNodeRefetchQuery") {
    id
    title
  }
`;

// Refetchable pagination on nested connections: an actor's involvements, a record's citations.
graphql`
  fragment appActorInvolvements_actor on Actor
  @refetchable(queryName: "appActorInvolvementsPaginationQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 3 }, cursor: { type: "String" }) {
    involvements(first: $count, after: $cursor) @connection(key: "appActorInvolvements_involvements") {
      edges { node { role record { id title } } }
    }
  }
`;

graphql`
  query appActorInvolvementsQuery($slug: String!) {
    actorBySlug(slug: $slug) { ...appActorInvolvements_actor }
  }
`;

graphql`
  fragment appRecordCitations_record on Record
  @refetchable(queryName: "appRecordCitationsPaginationQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 1 }, cursor: { type: "String" }) {
    citations(first: $count, after: $cursor) @connection(key: "appRecordCitations_citations") {
      edges { node { id stance summary } }
    }
  }
`;

graphql`
  query appRecordCitationsQuery($slug: String!) {
    recordBySlug(slug: $slug) { ...appRecordCitations_record }
  }
`;
