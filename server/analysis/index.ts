export { rankBrokers, type ActorGraph, type BrokerScore } from './brokers.ts';
export { findBrokers } from './find-brokers.ts';
