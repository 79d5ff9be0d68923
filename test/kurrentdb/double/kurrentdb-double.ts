import { Server, ServerCredentials, ServerUnaryCall, sendUnaryData } from '@grpc/grpc-js';
import { handleAppend, handleBatchAppend, type AppendBehaviour } from './append';
import { InMemoryLog, type Expected } from './log';
import {
  features,
  gossip,
  GossipService,
  ServerFeaturesService,
  shared,
  streams,
  StreamsService,
} from './proto';
import { handleRead, type ReadBehaviour } from './read';
import { streamDeleted, streamName, uuid, wrongExpectedVersion } from './wire';

export interface DoubleOptions {
  /** Advertise `Streams/BatchAppend` in ServerFeatures (servers since 21.10 do); otherwise clients use v1 Append. */
  batchAppend?: boolean;
  /** 1 MiB, as servers up to 25.0. */
  maxAppendSize?: number;
  seedSystemEvents?: boolean;
  checkpointBeyondLastEvent?: boolean;
  /** Loopback port to listen on; 0 (the default) lets the OS choose a free one. */
  port?: number;
  /** Milliseconds since the epoch: when events are `created`, and what `$maxAge` counts from. */
  clock?: () => number;
}

/**
 * An in-process KurrentDB node for tests: the official client's gRPC services over real HTTP/2
 * on a loopback port chosen by the OS, with an in-memory log that survives stop/restart.
 */
export class KurrentDbDouble {
  readonly log: InMemoryLog;
  readonly behaviour: AppendBehaviour & ReadBehaviour & { batchAppend: boolean };
  private server: Server | null = null;
  private boundPort = 0;

  private constructor(options: DoubleOptions) {
    this.log = new InMemoryLog(options.clock);
    this.behaviour = {
      batchAppend: options.batchAppend ?? true,
      maxAppendSize: options.maxAppendSize ?? 1024 * 1024,
      appendDelayMs: 0,
      checkpointBeyondLastEvent: options.checkpointBeyondLastEvent ?? false,
    };
    if (options.seedSystemEvents ?? true) this.log.seedSystemEvents();
  }

  static async start(options: DoubleOptions = {}): Promise<KurrentDbDouble> {
    const double = new KurrentDbDouble(options);
    await double.listen(options.port ?? 0);
    return double;
  }

  get port(): number {
    return this.boundPort;
  }

  /** `discoveryInterval` short, or the native reader waits ~500 ms before its first read. */
  connectionString(scheme = 'kurrentdb'): string {
    return `${scheme}://127.0.0.1:${this.boundPort}?tls=false&discoveryInterval=10`;
  }

  get running(): boolean {
    return this.server !== null;
  }

  /** Drops every connection at once, as a crashed node would. */
  async stop(): Promise<void> {
    this.server?.forceShutdown();
    this.server = null;
  }

  /** Comes back on the same port with the same log. */
  async restart(): Promise<void> {
    if (this.server) await this.stop();
    await this.listen(this.boundPort);
  }

  private async listen(port: number): Promise<void> {
    const server = new Server({ 'grpc.max_receive_message_length': 17 * 1024 * 1024 });
    server.addService(StreamsService, {
      read: handleRead(this.log, this.behaviour),
      append: handleAppend(this.log, this.behaviour),
      batchAppend: handleBatchAppend(this.log, this.behaviour),
      delete: this.deleteStream,
      tombstone: this.tombstoneStream,
    });
    server.addService(ServerFeaturesService, { getSupportedMethods: this.supportedMethods });
    server.addService(GossipService, { read: this.gossip });
    this.boundPort = await new Promise<number>((resolve, reject) =>
      server.bindAsync(`127.0.0.1:${port}`, ServerCredentials.createInsecure(), (error, bound) =>
        error ? reject(error) : resolve(bound),
      ),
    );
    this.server = server;
  }

  private readonly supportedMethods = (
    _: ServerUnaryCall<shared.Empty, features.SupportedMethods>,
    done: sendUnaryData<features.SupportedMethods>,
  ) => {
    const method = (service: string, name: string) =>
      new features.SupportedMethod().setServiceName(service).setMethodName(name);
    const methods = [
      'read',
      'append',
      'delete',
      'tombstone',
      ...(this.behaviour.batchAppend ? ['batchappend'] : []),
    ].map((m) => method('event_store.client.streams.streams', m));
    methods.push(method('event_store.client.gossip.gossip', 'read'));
    done(
      null,
      new features.SupportedMethods().setMethodsList(methods).setEventStoreServerVersion('24.10.0'),
    );
  };

  /** One live leader at this very address, for `+discover` connection strings. */
  private readonly gossip = (
    _: ServerUnaryCall<shared.Empty, gossip.ClusterInfo>,
    done: sendUnaryData<gossip.ClusterInfo>,
  ) => {
    const member = new gossip.MemberInfo()
      .setInstanceId(uuid('6d1b3c5e-0000-4000-8000-000000000001', false))
      .setTimeStamp(String(BigInt(Date.now()) * 10_000n))
      .setState(gossip.MemberInfo.VNodeState.LEADER)
      .setIsAlive(true)
      .setHttpEndPoint(new gossip.EndPoint().setAddress('127.0.0.1').setPort(this.boundPort));
    done(null, new gossip.ClusterInfo().setMembersList([member]));
  };

  /** A delete or tombstone checks the expected revision as an append does; a tombstone comes first. */
  private refuseDelete(operation: string, name: string, expected: Expected = { kind: 'any' }) {
    if (this.log.isTombstoned(name)) return streamDeleted(name);
    const current = this.log.currentForCheck(name);
    if (this.log.satisfies(expected, current)) return null;
    return wrongExpectedVersion(operation, name, expected, current);
  }

  private readonly deleteStream = (
    call: ServerUnaryCall<streams.DeleteReq, streams.DeleteResp>,
    done: sendUnaryData<streams.DeleteResp>,
  ) => {
    const options = call.request.getOptions();
    const name = streamName(options?.getStreamIdentifier());
    const refused = this.refuseDelete('Delete', name, options && expectedOfDelete(options));
    if (refused) return done(refused);
    const position = this.log.softDelete(name).toString();
    done(
      null,
      new streams.DeleteResp().setPosition(
        new streams.DeleteResp.Position().setCommitPosition(position).setPreparePosition(position),
      ),
    );
  };

  private readonly tombstoneStream = (
    call: ServerUnaryCall<streams.TombstoneReq, streams.TombstoneResp>,
    done: sendUnaryData<streams.TombstoneResp>,
  ) => {
    const options = call.request.getOptions();
    const name = streamName(options?.getStreamIdentifier());
    const refused = this.refuseDelete('Tombstone', name, options && expectedOfDelete(options));
    if (refused) return done(refused);
    const position = this.log.tombstone(name).toString();
    done(
      null,
      new streams.TombstoneResp().setPosition(
        new streams.TombstoneResp.Position()
          .setCommitPosition(position)
          .setPreparePosition(position),
      ),
    );
  };
}

function expectedOfDelete(
  options: streams.DeleteReq.Options | streams.TombstoneReq.Options,
): Expected {
  if (options.hasRevision()) return { kind: 'exact', revision: BigInt(options.getRevision()) };
  if (options.hasNoStream()) return { kind: 'no_stream' };
  if (options.hasStreamExists()) return { kind: 'stream_exists' };
  return { kind: 'any' };
}
