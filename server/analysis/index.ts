export { rankBrokers, type ActorGraph, type BrokerScore } from './brokers.ts';
export { findBrokerage, findBrokers, type BrokerageRecord } from './find-brokers.ts';
