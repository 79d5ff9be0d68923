/* The service definitions and messages shipped inside the official client: the double speaks exactly its wire format. */
export * as streams from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/streams_pb';
export * as shared from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/shared_pb';
export * as status from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/status_pb';
export * as features from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/serverfeatures_pb';
export * as gossip from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/gossip_pb';
export { StreamsService } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/streams_grpc_pb';
export { ServerFeaturesService } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/serverfeatures_grpc_pb';
export { GossipService } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/gossip_grpc_pb';
export { Any } from 'google-protobuf/google/protobuf/any_pb';
export { Empty as GoogleEmpty } from 'google-protobuf/google/protobuf/empty_pb';
export { Timestamp } from 'google-protobuf/google/protobuf/timestamp_pb';
